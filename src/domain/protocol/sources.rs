//! Every source a rule, a setting or a care step may cite. Seed articles are the files in
//! `shared/seeds/`; the others are the public sources named in `shared/content-brief.md`.

use super::Source;

pub const SOURCES: &[Source] = &[
    Source { id: "seed_000", citation: "“What should be prepared before undergoing the microneedle procedure?” (seed article 000)", url: None },
    Source { id: "seed_001", citation: "Microneedling preparation and aftercare article (seed article 001)", url: None },
    Source { id: "seed_002", citation: "Microneedling: uses, candidates, risks and aftercare (seed article 002)", url: None },
    Source { id: "seed_003", citation: "Microneedling: what to expect and how to prepare (seed article 003)", url: None },
    Source { id: "seed_004", citation: "“Microneedling – Benefits and Results” (seed article 004)", url: None },
    Source { id: "fda_devices", citation: "U.S. Food and Drug Administration, “Microneedling Devices”", url: Some("https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices") },
    Source { id: "skinpen_labelling", citation: "SkinPen Precision System, indications, contraindications and labelling", url: None },
    Source { id: "skinpen_postcare", citation: "SkinPen Precision System, post-treatment care instructions", url: None },
    Source { id: "dermapen4_manual", citation: "Dermapen 4 operator manual", url: None },
    Source { id: "chu_2021", citation: "Chu S. et al. Microneedling adverse events. Dermatologic Surgery, 2021", url: None },
    Source { id: "isotretinoin_label", citation: "Oral isotretinoin prescribing information (drug label)", url: None },
    Source { id: "spring_2017", citation: "Spring L.K. et al. Isotretinoin and timing of procedural interventions: ASDS consensus. JAMA Dermatology, 2017", url: None },
    Source { id: "minutilli_2024", citation: "Minutilli E. et al. Microneedling protocols. Journal of Drugs in Dermatology, 2024", url: None },
    Source { id: "jaad_cr_2021", citation: "Post-microneedling erythema course. JAAD Case Reports, 2021", url: None },
    Source { id: "harris_2015", citation: "Harris A.G. et al. Microneedling series intervals. International Journal of Women’s Dermatology, 2015", url: None },
];
