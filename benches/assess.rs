//! How long one screening takes on a full answer set (every question answered, both date
//! follow-ups shown, several findings). The target is under 20 µs on the development machine.

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::Protocol;
use careplanner::domain::screening::{assess, assess_with};
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn full_answers() -> Answers {
    let yes = Value::Bool(true);
    let no = Value::Bool(false);
    let text = |s: &str| Value::Text(s.to_string());
    Answers::new()
        .with("age", Value::Number(38.0))
        .with("feeling_unwell", no.clone())
        .with("pregnant_or_breastfeeding", no.clone())
        .with("cancer_treatment", no.clone())
        .with("blood_disorder", no.clone())
        .with("metal_allergy", no.clone())
        .with("numbing_allergy", no.clone())
        .with("area", text("face"))
        .with("keloid_tendency", no.clone())
        .with("eczema_psoriasis", text("mild"))
        .with("skin_cancer_area", no.clone())
        .with("changing_moles", no.clone())
        .with("acne_breakout", no.clone())
        .with("cold_sore_now", no.clone())
        .with("cold_sore_prone", yes.clone())
        .with("skin_not_intact", no.clone())
        .with("anticoagulants", no.clone())
        .with("nsaids", text("otc"))
        .with("retinoids", yes.clone())
        .with("acne_topical", yes.clone())
        .with("isotretinoin", yes.clone())
        .with("isotretinoin_still_taking", no)
        .with("isotretinoin_last_dose", text("2026-01-10"))
        .with("recent_injection", yes)
        .with("injection_last_date", text("2026-03-05"))
        .with(
            "goals",
            Value::List(vec![
                "acne_scars".into(),
                "pores".into(),
                "hair_loss".into(),
            ]),
        )
}

fn bench(c: &mut Criterion) {
    let protocol = Protocol::builtin();
    let answers = full_answers();
    let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    let mut settings = ClinicSettings::defaults();
    settings
        .try_set(&protocol, "isotretinoin_months", 12)
        .unwrap();

    c.bench_function("assess/full_answers", |b| {
        b.iter(|| assess(black_box(&protocol), black_box(&answers), black_box(today)))
    });
    c.bench_function("assess_with/clinic_settings", |b| {
        b.iter(|| {
            assess_with(
                black_box(&protocol),
                black_box(&answers),
                black_box(&settings),
                black_box(today),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
