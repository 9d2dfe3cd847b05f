//! Texts with the numbers in force. A text of the protocol never carries a clinic setting as a
//! literal: it names the setting in braces (`{retinoid_pause_days}`), and `with_settings`
//! writes the value the clinic's settings give it, with its unit, in the person's language. So
//! a clinic that sets 7 days never shows the default's "5 days".

use super::i18n::{fill, placeholders, t, Lang};
use super::plan::format_duration;
use super::protocol::ClinicSettings;
use super::protocol::{Protocol, Unit};

/// The text for `key` with every setting it names filled in.
pub fn protocol_text(
    lang: Lang,
    key: &str,
    protocol: &Protocol,
    settings: &ClinicSettings,
) -> String {
    with_settings(lang, t(lang, key), protocol, settings)
}

/// `template` with each `{setting_id}` replaced by the value in force and its unit ("5 days",
/// "5 días", "1 hour"). Other placeholders are left for the caller.
pub fn with_settings(
    lang: Lang,
    template: &str,
    protocol: &Protocol,
    settings: &ClinicSettings,
) -> String {
    let values: Vec<(&str, String)> = placeholders(template)
        .filter_map(|name| Some((name, setting_value(lang, protocol, settings, name)?)))
        .collect();
    if values.is_empty() {
        return template.to_string();
    }
    let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(template, &pairs)
}

/// A setting's value in force, as a person reads it: a length of time with its unit, an age or a
/// count as a bare number. `None` for an id the protocol does not declare.
pub fn setting_value(
    lang: Lang,
    protocol: &Protocol,
    settings: &ClinicSettings,
    id: &str,
) -> Option<String> {
    let def = protocol.setting(id)?;
    let n = settings.get(protocol, id);
    let counted = |one: &str, many: &str| {
        let key = if n == 1 { one } else { many };
        fill(t(lang, key), &[("n", &n.to_string())])
    };
    Some(match def.unit {
        Unit::Minutes => format_duration(lang, n),
        Unit::Hours => format_duration(lang, n.saturating_mul(60)),
        Unit::Days => counted("unit.day", "unit.days"),
        Unit::Months => counted("unit.month", "unit.months"),
        Unit::Years | Unit::Sessions => n.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, template: &str, overrides: &[(&str, i64)], expected: &str) {
        let protocol = Protocol::builtin();
        let mut settings = ClinicSettings::defaults();
        for (id, value) in overrides {
            settings.try_set(&protocol, id, *value).unwrap();
        }
        assert_eq!(
            with_settings(lang, template, &protocol, &settings),
            expected,
            "{template:?} with {overrides:?}"
        );
    }

    #[test]
    fn settings_are_written_with_the_value_in_force_and_its_unit() {
        check(
            Lang::En,
            "Pause {retinoid_pause_days} before.",
            &[],
            "Pause 5 days before.",
        );
        check(
            Lang::En,
            "Pause {retinoid_pause_days}.",
            &[("retinoid_pause_days", 1)],
            "Pause 1 day.",
        );
        check(
            Lang::Es,
            "Pausa de {retinoid_pause_days}.",
            &[("retinoid_pause_days", 9)],
            "Pausa de 9 días.",
        );
        check(
            Lang::En,
            "Wait {isotretinoin_months}.",
            &[("isotretinoin_months", 1)],
            "Wait 1 month.",
        );
        check(
            Lang::Es,
            "Espere {isotretinoin_months}.",
            &[],
            "Espere 6 meses.",
        );
        check(
            Lang::En,
            "No makeup for {no_makeup_hours}.",
            &[("no_makeup_hours", 48)],
            "No makeup for 48 hours.",
        );
        check(
            Lang::En,
            "Numbing {numbing_minutes} ahead.",
            &[("numbing_minutes", 45)],
            "Numbing 45 minutes ahead.",
        );
        check(
            Lang::En,
            "Aged {minimum_age} or over.",
            &[("minimum_age", 25)],
            "Aged 25 or over.",
        );
        // Placeholders that are not settings stay for the caller.
        check(
            Lang::En,
            "On {date}, {sun_avoid_days_before}.",
            &[],
            "On {date}, 3 days.",
        );
        check(Lang::En, "No braces.", &[], "No braces.");
    }
}
