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
    (
        "ics.form.compact",
        "Simple: a few events per session",
        "Sencillo: pocos eventos por sesión"
    ),
    (
        "ics.form.detailed",
        "Detailed: one event per instruction",
        "Detallado: un evento por instrucción"
    ),
    (
        "ics.file_name",
        "microneedling-plan-{date}.ics",
        "plan-microneedling-{date}.ics"
    ),
];
