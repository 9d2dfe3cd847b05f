//! The ids of the page's elements that more than one module names: the markup shell draws
//! some that the app focuses or marks busy, and the other way round. Written once here, so
//! that a renamed id cannot leave a click or a focus looking for an element that is gone.

/// The element the screens are drawn in, by the shell and then by the app; also the skip
/// link's target.
pub const MAIN_ID: &str = "main";

/// The parts of the page around `<main>`: the frame's top (header, switch, panels) and foot.
pub const TOP_ID: &str = "frame-top";
pub const FOOT_ID: &str = "frame-foot";

/// Each screen's main heading, which takes focus on every screen change.
pub const HEADING_ID: &str = "screen-heading";

/// The Start button, busy while the questions' words or code are on their way.
pub const START_ID: &str = "start";

/// A step's Next and Back buttons, and its "Remember on this device" box: the shell handles
/// them on the first step it draws ahead of the app's module (see `first_step`).
pub const NEXT_ID: &str = "step-next";
pub const BACK_ID: &str = "step-back";
pub const REMEMBER_STEP_ID: &str = "remember-step";

/// The "Try again" button of the card shown when words or code could not be fetched.
pub const RETRY_ID: &str = "retry-words";

/// The language switch, busy while a language's words are fetched.
pub const LANG_SWITCH_ID: &str = "lang-switch";

/// The refresh button of the update banner.
pub const UPDATE_ID: &str = "update-refresh";

/// The result's button to the plan, busy while the plan's code is on its way.
pub const PLAN_ID: &str = "plan-sessions";

/// The share link's text field, which the copy fallback selects.
pub const LINK_ID: &str = "share-link";

/// The field where the code of a locked share link is typed.
pub const UNLOCK_CODE_ID: &str = "unlock-code";

/// The button that opens a locked share link, busy while the code is checked.
pub const UNLOCK_ID: &str = "unlock";

/// The start of every question's field id (see `field_id`).
pub const FIELD_PREFIX: &str = "q-";

/// The id of a question's first form control, the target of error links and focus.
pub fn field_id(question: &str) -> String {
    format!("{FIELD_PREFIX}{question}")
}
