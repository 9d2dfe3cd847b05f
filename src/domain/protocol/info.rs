//! "Good to know": the brief's information cards. They answer what people often wonder before
//! a first session; no rule reads them. Texts: `info.<id>.title` and `info.<id>`.

use super::InfoCard;

pub const INFO: &[InfoCard] = &[
    InfoCard {
        id: "home_rollers",
        sources: &["what_to_expect", "what_is"],
    },
    InfoCard {
        id: "needle_length",
        sources: &["what_is", "benefits_results"],
    },
    InfoCard {
        id: "microdermabrasion",
        sources: &["benefits_results"],
    },
];
