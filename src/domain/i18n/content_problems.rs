//! Words of the problems in a clinic's own content (`clinic::content::content_text`): its
//! questions, care steps and switches, for the clinic's web person. Like the file's other
//! problems, none is on a first screen, so the release app fetches them.

use super::Catalogue;

pub const ENTRIES: Catalogue = lazy_catalogue![
    ("problem.content.expected_list", "expected a list in [ ], found {found}", "se esperaba una lista entre [ ], pero hay {found}"),
    ("problem.content.expected_object", "expected an object ({ ... }), found {found}", "se esperaba un objeto ({ ... }), pero hay {found}"),
    (
        "problem.content.expected_switches",
        "expected an object such as {\"numbing\": false}, found {found}",
        "se esperaba un objeto como {\"numbing\": false}, pero hay {found}",
    ),
    ("problem.content.unknown_field", "unknown field; the fields here are {known}", "campo desconocido; los campos aquí son {known}"),
    ("problem.content.repeated", "appears more than once", "aparece más de una vez"),
    ("problem.content.expected_text", "expected text in quotes, found {found}", "se esperaba un texto entre comillas, pero hay {found}"),
    (
        "problem.content.expected_texts",
        "expected text, or an object of texts by language such as {\"en\": \"…\", \"es\": \"…\"}, found {found}",
        "se esperaba un texto, o un objeto de textos por idioma como {\"en\": \"…\", \"es\": \"…\"}, pero hay {found}",
    ),
    ("problem.content.expected_bool", "expected true or false, found {found}", "se esperaba true o false, pero hay {found}"),
    ("problem.content.expected_days", "expected a whole number of days, found {found}", "se esperaba un número entero de días, pero hay {found}"),
    ("problem.content.missing", "is missing", "falta"),
    ("problem.content.missing_one_of", "is missing; use one of {options}", "falta; use uno de estos: {options}"),
    ("problem.content.not_one_of", "\"{word}\" is not one of {options}", "«{word}» no es uno de estos: {options}"),
    (
        "problem.content.not_snake_case",
        "\"{id}\" must be snake_case (a-z, 0-9 and _, starting with a letter), at most 40 characters",
        "«{id}» debe escribirse en snake_case (a-z, 0-9 y _, empezando por una letra), con 40 caracteres como máximo",
    ),
    (
        "problem.content.built_in_id",
        "\"{id}\" is already an id of the built-in protocol; choose another",
        "«{id}» ya es un identificador del protocolo del planificador; elija otro",
    ),
    (
        "problem.content.taken_id",
        "\"{id}\" is used by another of the clinic's items; ids must differ",
        "«{id}» ya lo usa otro elemento de la clínica; los identificadores deben ser distintos",
    ),
    ("problem.content.unknown_language", "is not a language the app speaks ({codes})", "no es un idioma del planificador ({codes})"),
    ("problem.content.empty_text", "is empty", "está vacío"),
    ("problem.content.too_long", "is {length} characters long; at most {max} fit", "tiene {length} caracteres; caben {max} como máximo"),
    (
        "problem.content.control_character",
        "contains a control character (such as a line break)",
        "contiene un carácter de control (como un salto de línea)",
    ),
    (
        "problem.content.braces",
        "contains curly brackets, which the app keeps for values it fills in",
        "contiene llaves, que el planificador reserva para los valores que rellena",
    ),
    (
        "problem.content.no_default_text",
        "has no {code} text, the clinic's default language",
        "no tiene texto en {code}, el idioma predeterminado de la clínica",
    ),
    (
        "problem.content.missing_translation",
        "is missing; the {code} text is shown to people reading {language}",
        "falta; se muestra el texto en {code} a quien lee en {language}",
    ),
    ("problem.content.too_far", "{days} days is more than a year from the session", "{days} días son más de un año desde la sesión"),
    ("problem.content.not_a_wait", "{days} is not a wait; use 1 to {max} days", "{days} no es una espera; use de 1 a {max} días"),
    (
        "problem.content.postpone_needs_date",
        "a postponement needs a date_question and postpone_days (the wait is counted from the date answered)",
        "un aplazamiento necesita date_question y postpone_days (la espera se cuenta desde la fecha respondida)",
    ),
    (
        "problem.content.wait_only_for_postpone",
        "only a postponement has a wait, not {effect}",
        "solo un aplazamiento tiene espera, no {effect}",
    ),
    (
        "problem.content.window_backwards",
        "the window ends (day {to}) before it begins (day {from})",
        "el periodo termina (día {to}) antes de empezar (día {from})",
    ),
    (
        "problem.content.no_timing",
        "has no timing: give \"day\" (days from the session: -1 the day before, 0 the session day, 1 the day after) or \"from\" and \"to\" for a window",
        "no tiene fecha: indique \"day\" (días desde la sesión: -1 el día antes, 0 el día de la sesión, 1 el día después) o \"from\" y \"to\" para un periodo",
    ),
    ("problem.content.day_and_window", "has both \"day\" and a window; give one", "tiene \"day\" y un periodo a la vez; indique uno"),
    ("problem.content.half_window", "a window needs both \"from\" and \"to\"", "un periodo necesita \"from\" y \"to\""),
    (
        "problem.content.phase_side",
        "the phase \"{name}\" (\"{phase}\") cannot hold a step that begins on day {day} from the session",
        "la fase «{name}» («{phase}») no puede contener un paso que empieza el día {day} desde la sesión",
    ),
    ("problem.content.only_if_incomplete", "needs a question and an answer", "necesita una pregunta y una respuesta"),
    (
        "problem.content.not_asked_of_all",
        "\"{question}\" is not a question every person answers (a built-in one that is not a follow-up, or one of the clinic's)",
        "«{question}» no es una pregunta que responda todo el mundo (una del planificador que no sea de seguimiento, o una de la clínica)",
    ),
    (
        "problem.content.not_an_answer",
        "\"{answer}\" is not an answer to \"{question}\"; use one of {answers}",
        "«{answer}» no es una respuesta a «{question}»; use una de estas: {answers}",
    ),
    (
        "problem.content.switches_screening",
        "is part of the screening, which a clinic may make stricter (its settings, its own questions) but never switch off",
        "forma parte de la evaluación, que una clínica puede hacer más estricta (sus ajustes, sus propias preguntas) pero nunca desactivar",
    ),
    (
        "problem.content.not_a_care_step",
        "is not a built-in care step; the care steps are {steps}",
        "no es un paso de cuidado del planificador; los pasos son {steps}",
    ),
    (
        "problem.content.always_on",
        "is about the session itself or its safety and cannot be switched off",
        "trata de la sesión misma o de su seguridad y no se puede desactivar",
    ),
    ("problem.content.refused", "the protocol's validator refuses it: {reason}", "el validador del protocolo lo rechaza: {reason}"),
    ("problem.content.lang.en", "English", "inglés"),
    ("problem.content.lang.es", "Spanish", "español"),
    ("problem.content.then.question_left_out", "the question is left out", "se omite la pregunta"),
    ("problem.content.then.step_left_out", "the step is left out", "se omite el paso"),
    ("problem.content.then.nothing_used", "nothing of it is used", "no se usa nada de ello"),
    ("problem.content.then.no_reminder", "no reminder", "sin recordatorio"),
    ("problem.content.then.stays_on", "the step stays on", "el paso sigue activo"),
    ("problem.content.then.none_switched_off", "no care step is switched off", "no se desactiva ningún paso de cuidado"),
    // The phases' short names (no placeholders), for what a clinic reads: the configurator's
    // list and its problems.
    ("phase_name.before_you_start", "Before you start", "Antes de empezar"),
    ("phase_name.getting_ready", "Getting ready", "Preparación"),
    ("phase_name.session_day", "Session day", "El día de la sesión"),
    ("phase_name.first_day", "The first hours", "Las primeras horas"),
    ("phase_name.early_days", "The first days after", "Los primeros días después"),
    ("phase_name.rest_of_week", "The rest of the week", "El resto de la semana"),
    ("phase_name.back_to_normal", "Back to normal", "Vuelta a la normalidad"),
];
