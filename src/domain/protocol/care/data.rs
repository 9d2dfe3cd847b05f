//! The care steps themselves: the brief's instructions, placed around each session.

use super::{Applies, CareStep, Category, Offset, ParamSpec, When};
use crate::domain::protocol::{Amount, Condition, Unit};

const fn s(id: &'static str) -> Amount {
    Amount::Setting(id)
}

const fn days_before(id: &'static str) -> Offset {
    Offset::before(s(id), Unit::Days)
}

const fn days_after(id: &'static str) -> Offset {
    Offset::after(s(id), Unit::Days)
}

const fn hours_after(id: &'static str) -> Offset {
    Offset::after(s(id), Unit::Hours)
}

const DAY_BEFORE: Offset = Offset::before(Amount::Fixed(1), Unit::Days);
const DAY_AFTER: Offset = Offset::after(Amount::Fixed(1), Unit::Days);
const DAY0: Offset = Offset::SESSION_DAY;
const UNTIL: (&str, ParamSpec) = ("until", ParamSpec::Until);

use Category as C;
use ParamSpec as P;

pub const CARE: &[CareStep] = &[
    // Before the first session.
    CareStep::new(
        "consult",
        C::Consult,
        When::Day(days_before("consult_days_before")),
        &["what_to_expect", "benefits_results"],
    )
    .applies(Applies::FirstSession)
    .params(&[("session_date", P::SessionDate)]),
    CareStep::new(
        "cold_sore_antiviral",
        C::Medicine,
        When::Day(days_before("consult_days_before")),
        &["skinpen_postcare"],
    )
    .only_if(Condition::Yes("cold_sore_prone"))
    .applies(Applies::FirstSession),
    // Before each session.
    CareStep::new(
        "nsaid_otc",
        C::Medicine,
        When::Days {
            from: days_before("nsaid_pause_days"),
            to: DAY0,
        },
        &["what_to_prepare", "all_you_need"],
    )
    .only_if(Condition::Chose("nsaids", "otc"))
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "nsaid_prescribed",
        C::Medicine,
        When::Day(days_before("nsaid_pause_days")),
        &["what_to_prepare", "all_you_need"],
    )
    .only_if(Condition::Chose("nsaids", "prescribed"))
    .params(&[("session_date", P::SessionDate)])
    .alarm(),
    CareStep::new(
        "retinoid_pause",
        C::Product,
        When::Days {
            from: days_before("retinoid_pause_days"),
            to: DAY_BEFORE,
        },
        &[
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
            "what_is",
            "skinpen_labelling",
        ],
    )
    .only_if(Condition::Yes("retinoids"))
    .group("skin_products")
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "acne_prescription",
        C::Medicine,
        When::Days {
            from: days_before("acne_med_pause_days"),
            to: DAY_BEFORE,
        },
        &["what_to_prepare", "all_you_need", "benefits_results"],
    )
    .only_if(Condition::Yes("acne_topical"))
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "sun_before",
        C::Sun,
        When::Days {
            from: days_before("sun_avoid_days_before"),
            to: DAY_BEFORE,
        },
        &["what_is", "skinpen_labelling"],
    )
    .group("sun")
    .params(&[UNTIL]),
    // Session day.
    CareStep::new(
        "arrival",
        C::Arrival,
        When::Day(DAY0),
        &["what_is", "what_to_prepare", "all_you_need"],
    )
    .params(&[("visit", P::Duration(s("clinic_visit_minutes")))]),
    CareStep::new(
        "pregnancy_numbing",
        C::Numbing,
        When::Day(DAY0),
        &["skinpen_labelling", "dermapen4_manual"],
    )
    .only_if(Condition::Yes("pregnant_or_breastfeeding")),
    CareStep::new(
        "numbing",
        C::Numbing,
        When::Timed {
            minutes_before: s("numbing_minutes"),
            minutes: s("numbing_minutes"),
        },
        &["what_to_prepare", "all_you_need", "benefits_results"],
    )
    .params(&[
        ("time", P::Time),
        ("minutes", P::Setting("numbing_minutes")),
    ]),
    CareStep::new(
        "treatment",
        C::Treatment,
        When::Timed {
            minutes_before: Amount::Fixed(0),
            minutes: s("procedure_minutes"),
        },
        &[
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
            "what_is",
        ],
    )
    .params(&[
        ("time", P::Time),
        ("session", P::SessionNumber),
        ("sessions", P::SessionCount),
        ("duration", P::Duration(s("procedure_minutes"))),
    ])
    .alarm(),
    CareStep::new(
        "bleeding_serum",
        C::WhatToExpect,
        When::Day(DAY0),
        &[
            "what_is",
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
        ],
    ),
    // Aftercare; day 0 is the session day.
    CareStep::new(
        "no_makeup",
        C::Product,
        When::Days {
            from: DAY0,
            to: hours_after("no_makeup_hours"),
        },
        &["what_to_expect", "all_you_need"],
    )
    .params(&[("hours", P::Setting("no_makeup_hours")), UNTIL]),
    CareStep::new(
        "sun_first_hours",
        C::Sun,
        When::Days {
            from: DAY0,
            to: hours_after("no_sunscreen_hours"),
        },
        &["what_to_expect", "skinpen_postcare"],
    )
    .omit_if_zero("no_sunscreen_hours")
    .group("sun")
    .params(&[("hours", P::Setting("no_sunscreen_hours"))]),
    CareStep::new(
        "spf",
        C::Sun,
        When::Days {
            from: hours_after("no_sunscreen_hours"),
            to: days_after("spf_days"),
        },
        &[
            "minutilli_2024",
            "what_to_prepare",
            "all_you_need",
            "what_is",
            "what_to_expect",
        ],
    )
    .group("sun")
    .params(&[UNTIL])
    // Sunscreen every day goes on after the SPF 50+ days: the sources say daily, ongoing.
    .resume(),
    CareStep::new(
        "redness",
        C::WhatToExpect,
        When::Days {
            from: DAY0,
            to: days_after("redness_days"),
        },
        &["what_to_prepare", "all_you_need", "what_is", "jaad_cr_2021"],
    )
    .params(&[("days", P::Setting("redness_days"))]),
    CareStep::new(
        "flaking",
        C::WhatToExpect,
        When::Days {
            from: days_after("flaking_from_day"),
            to: days_after("flaking_until_day"),
        },
        &["what_to_expect", "what_is"],
    ),
    CareStep::new(
        "product_avoid",
        C::Product,
        When::Days {
            from: DAY0,
            to: days_after("product_resume_days").eve(),
        },
        &["what_to_expect", "what_is"],
    )
    .group("skin_products")
    .params(&[UNTIL])
    .resume(),
    CareStep::new(
        "gentle_care",
        C::SkinCare,
        When::Days {
            from: DAY0,
            to: days_after("flaking_until_day"),
        },
        &["what_is"],
    ),
    CareStep::new(
        "no_workout",
        C::SkinCare,
        When::Days {
            from: DAY0,
            to: hours_after("no_workout_hours"),
        },
        &["skinpen_postcare"],
    )
    .params(&[("hours", P::Setting("no_workout_hours")), UNTIL]),
    CareStep::new(
        "back_to_work",
        C::WhatToExpect,
        When::Day(DAY_AFTER),
        &["all_you_need"],
    ),
    // For the whole aftercare: as long as the sun care after a session, its longest window.
    CareStep::new(
        "warning_signs",
        C::WarningSigns,
        When::Days {
            from: DAY0,
            to: days_after("spf_days"),
        },
        &["what_to_expect", "fda_devices", "chu_2021"],
    )
    .params(&[("signs", P::WarningSigns)]),
    // Series.
    CareStep::new(
        "next_session",
        C::NextSession,
        When::Day(DAY0),
        &[
            "what_to_expect",
            "what_to_prepare",
            "all_you_need",
            "harris_2015",
            "minutilli_2024",
        ],
    )
    .applies(Applies::AllButLast)
    .params(&[
        ("next", P::NextSessionNumber),
        ("sessions", P::SessionCount),
        ("next_date", P::NextSessionDate),
        ("next_time", P::NextSessionTime),
    ]),
    CareStep::new(
        "results_review",
        C::NextSession,
        When::Day(Offset::after(s("results_review_months"), Unit::Months)),
        &["minutilli_2024", "what_to_prepare", "all_you_need"],
    )
    .applies(Applies::LastSession)
    .params(&[("months", P::Setting("results_review_months"))]),
];

/// The signs that mean "call the clinic", in the order shown. Keys: `care.warning.<id>`.
/// They are cited by the `warning_signs` step.
pub const WARNING_SIGNS: &[&str] = &[
    "bruising",
    "allergy",
    "worsening",
    "pus",
    "fever",
    "cold_sore",
];
