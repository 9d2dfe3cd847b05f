//! Words of the plan by phases, the Today view and the calm calendar: `(key, English,
//! Spanish)`. Calendar titles (`ics.*`) name no medicine and no condition: they show on lock
//! screens and sync to clouds.

use super::Catalogue;

pub const ENTRIES: Catalogue = lazy_catalogue![
    // Phase headings on screen and on paper.
    (
        "phase.before_you_start",
        "Before you start",
        "Antes de empezar"
    ),
    ("phase.getting_ready", "Getting ready", "Preparación"),
    ("phase.session_day", "Session day", "El día de la sesión"),
    (
        "phase.first_day",
        "The first {hours} hours",
        "Las primeras {hours} horas"
    ),
    (
        "phase.days",
        "Days {from} to {to} after the session",
        "Días {from} a {to} después de la sesión"
    ),
    (
        "phase.day",
        "Day {n} after the session",
        "Día {n} después de la sesión"
    ),
    (
        "phase.back_to_normal",
        "Back to normal",
        "Vuelta a la normalidad"
    ),
    ("nav.see_result", "See my result", "Ver mi resultado"),
    ("plan.phase.count.one", "1 instruction", "1 indicación"),
    ("plan.phase.count.other", "{n} instructions", "{n} indicaciones"),
    // The month view.
    ("plan.month.day.one", "{date}: 1 thing to do", "{date}: 1 cosa que hacer"),
    ("plan.month.day.other", "{date}: {n} things to do", "{date}: {n} cosas que hacer"),
    ("plan.month.nothing", "Nothing to do on this day.", "Nada que hacer este día."),
    ("plan.month.previous", "Previous month: {month}", "Mes anterior: {month}"),
    ("plan.month.next", "Next month: {month}", "Mes siguiente: {month}"),
    ("plan.month.keys", "Use the arrow keys to move between days, and Enter to see a day.", "Use las flechas para moverse entre los días y Intro para ver un día."),
    // Sessions, Today and the phone number.
    ("plan.session_heading", "Session {n} of {total} · {date}, {time}", "Sesión {n} de {total} · {date}, {time}"),
    ("plan.session_summary", "Care from {first} to {last}", "Cuidados del {first} al {last}"),
    ("today.title", "Today, {date}", "Hoy, {date}"),
    ("today.phase", "Session {n} · {phase}", "Sesión {n} · {phase}"),
    ("today.now", "What to do now", "Qué hacer ahora"),
    ("today.nothing", "Nothing to do today.", "Hoy no tiene nada que hacer."),
    ("today.next", "Next, from {date}", "Lo siguiente, desde el {date}"),
    ("today.done", "Your care plan is complete. Your provider makes the final call on any further sessions.", "Su plan de cuidados ha terminado. Su profesional decide si hacen falta más sesiones."),
    ("plan.phone.add", "Add your clinic's phone number", "Añada el teléfono de su clínica"),
    ("plan.phone.label", "Your clinic's phone number", "Teléfono de su clínica"),
    ("plan.phone.help", "Shown on your plan, the printout and the calendar file. Kept on this device only if you choose to remember.", "Aparece en su plan, en la copia impresa y en el calendario. Solo se guarda en este dispositivo si elige recordarlo."),
    ("plan.phone.blank", "Your clinic's phone number: ______________________", "Teléfono de su clínica: ______________________"),
    ("plan.take_home", "Take your plan home", "Llévese su plan"),
    ("plan.by_phase", "Your care, step by step", "Sus cuidados, paso a paso"),
    // When an instruction holds.
    (
        "when.until_time",
        "{range}, until {time}",
        "{range}, hasta las {time}"
    ),
    (
        "when.from_time",
        "From {time} on {first} to {last}",
        "Desde las {time} del {first} hasta el {last}"
    ),
    (
        "when.from_time_day",
        "{day}, from {time}",
        "{day}, desde las {time}"
    ),
    ("when.at", "{day}, {time}", "{day}, {time}"),
    // Sessions 2 and later.
    (
        "plan.same.session",
        "Same care as session 1, on these dates:",
        "Los mismos cuidados que en la sesión 1, en estas fechas:"
    ),
    (
        "plan.same.phase",
        "Same as session 1",
        "Igual que en la sesión 1"
    ),
    (
        "plan.same.except",
        "Also for this session:",
        "Además, en esta sesión:"
    ),
    // The calm calendar: discreet titles and reminders.
    (
        "ics.title.before_you_start",
        "Reminder: book your consultation",
        "Recordatorio: pida su consulta"
    ),
    (
        "ics.title.getting_ready",
        "Getting ready for your session",
        "Preparación para su sesión"
    ),
    (
        "ics.title.session",
        "Your session {n} of {total}",
        "Su sesión {n} de {total}"
    ),
    ("ics.title.session_day", "Your session", "Su sesión"),
    (
        "ics.title.first_day",
        "Aftercare: first {hours} hours",
        "Cuidados: primeras {hours} horas"
    ),
    (
        "ics.title.days",
        "Aftercare: days {from} to {to}",
        "Cuidados: días {from} a {to}"
    ),
    ("ics.title.day", "Aftercare: day {n}", "Cuidados: día {n}"),
    (
        "ics.title.back_to_normal",
        "Back to your usual routine",
        "Vuelta a su rutina habitual"
    ),
    (
        "ics.title.results",
        "Time to look at your results",
        "Momento de valorar sus resultados"
    ),
    ("ics.detail", "{phase} · {category}", "{phase} · {category}"),
    (
        "ics.from_then",
        "What to do, and when:",
        "Qué hacer y cuándo:"
    ),
    (
        "ics.call",
        "Call {clinic} if you notice: {signs}.",
        "Llame a {clinic} si nota: {signs}."
    ),
    (
        "ics.call_number",
        "Call {clinic} on {phone} if you notice: {signs}.",
        "Llame a {clinic} al {phone} si nota: {signs}."
    ),
    ("ics.form.label", "Calendar file", "Archivo de calendario"),
    ("ics.form.compact", "Simple (a few events)", "Sencillo (pocos eventos)"),
    ("ics.form.detailed", "Detailed (every step)", "Detallado (cada paso)"),
    (
        "ics.file_name",
        "microneedling-plan-{date}.ics",
        "plan-microneedling-{date}.ics"
    ),
];

/// The text for `n` of something, by the language's plural rule: `<base>.one` for exactly one
/// in English and Spanish, `<base>.other` otherwise; `{n}` and `params` filled in.
pub fn plural(lang: super::Lang, base: &str, n: usize, params: &[(&str, &str)]) -> String {
    let form = if n == 1 { "one" } else { "other" };
    let count = n.to_string();
    let mut all: Vec<(&str, &str)> = vec![("n", &count)];
    all.extend_from_slice(params);
    super::fill(super::t(lang, &format!("{base}.{form}")), &all)
}
