//! The browser's Back and Forward through the journey: one history entry per screen shown,
//! holding only its number (the screens themselves and the answers stay in this page's memory,
//! and the address never changes). Pure bookkeeping, tested natively; `platform` pushes the
//! entries and reports the moves.

use crate::ui::state::Screen;

/// The screens this page has shown, one per history entry, and the entry the browser is on.
#[derive(Clone, Debug, PartialEq)]
pub struct Visits {
    screens: Vec<Screen>,
    at: usize,
}

impl Visits {
    /// The page's own entry, on which the first screen is shown.
    pub fn new() -> Self {
        Visits {
            screens: vec![Screen::Welcome],
            at: 0,
        }
    }

    /// The app moved to `screen` by itself (Next, its Back button, Start again): the number of
    /// the new history entry to push, or `None` when the browser is already on that screen's
    /// entry (it just moved there with Back or Forward). Entries ahead of the current one are
    /// dropped, as the browser drops them on a push.
    pub fn arrive(&mut self, screen: &Screen) -> Option<usize> {
        if self.screens.get(self.at) == Some(screen) {
            return None;
        }
        self.screens.truncate(self.at + 1);
        self.screens.push(screen.clone());
        self.at = self.screens.len() - 1;
        Some(self.at)
    }

    /// The browser moved to entry `entry` (`None`: the page's own, first entry): the screen to
    /// show, if that entry is one of this page's.
    pub fn moved_to(&mut self, entry: Option<usize>) -> Option<Screen> {
        let entry = entry.unwrap_or(0);
        let screen = self.screens.get(entry)?.clone();
        self.at = entry;
        Some(screen)
    }
}

impl Default for Visits {
    fn default() -> Self {
        Self::new()
    }
}
