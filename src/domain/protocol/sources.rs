//! Every source a rule, a setting or a care step may cite: five articles, cited by their titles
//! as published (with the clinic that published one, where the article names it), and the
//! public sources they are checked against. `docs/sources.md` says what the planner takes from
//! each and where they disagree.

use super::Source;

pub const SOURCES: &[Source] = &[
    Source { id: "what_to_prepare", citation: "“What should be prepared before undergoing the microneedle procedure?”", url: None },
    Source { id: "all_you_need", citation: "“Microneedling: All You Need To Know”", url: None },
    Source { id: "what_to_expect", citation: "“What To Expect During Microneedling Treatment?”", url: None },
    Source { id: "what_is", citation: "“What is micro needling?”", url: None },
    Source { id: "benefits_results", citation: "“Microneedling – Benefits And Results”, North Bay Laser & Skin Care Center", url: None },
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
