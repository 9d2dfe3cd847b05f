//! Words of the clinic file's problems (`clinic::problem_text`), for the clinic's web person:
//! the `?check-config` panel and the configurator. None is on a first screen, so the release
//! app fetches them (English too) with the rest of the later words.

use super::Catalogue;

pub const ENTRIES: Catalogue = lazy_catalogue![
    // What kind of value a field held.
    ("problem.type.null", "null", "null"),
    ("problem.type.bool", "a true/false value", "un valor true/false"),
    ("problem.type.number", "a number", "un número"),
    ("problem.type.text", "text", "un texto"),
    ("problem.type.list", "a list", "una lista"),
    ("problem.type.object", "an object", "un objeto"),
    // Units, after a number of them.
    ("problem.unit.minutes", "minutes", "minutos"),
    ("problem.unit.hours", "hours", "horas"),
    ("problem.unit.days", "days", "días"),
    ("problem.unit.months", "months", "meses"),
    ("problem.unit.years", "years", "años"),
    ("problem.unit.sessions", "sessions", "sesiones"),
    // The file as a whole.
    (
        "problem.not_json",
        "is not valid JSON: {reason} at byte {offset} (line {line}, column {column})",
        "no es JSON válido: {reason} en el byte {offset} (línea {line}, columna {column})",
    ),
    ("problem.json.trailing", "unexpected text after the end of the document", "hay texto después del final del documento"),
    ("problem.json.word", "unknown word (expected true, false or null)", "palabra desconocida (se esperaba true, false o null)"),
    ("problem.json.depth", "nested too deeply", "demasiados niveles anidados"),
    ("problem.json.end", "unexpected end of the document", "el documento termina antes de tiempo"),
    ("problem.json.character", "unexpected character", "carácter inesperado"),
    ("problem.json.member", "expected a quoted member name", "se esperaba un nombre de campo entre comillas"),
    ("problem.json.colon", "expected ':' after a member name", "se esperaba ':' después de un nombre de campo"),
    ("problem.json.object", "expected ',' or '}' in an object", "se esperaba ',' o '}' en un objeto"),
    ("problem.json.list", "expected ',' or ']' in a list", "se esperaba ',' o ']' en una lista"),
    ("problem.json.digit", "expected a digit", "se esperaba un dígito"),
    ("problem.json.fraction", "expected a digit after the decimal point", "se esperaba un dígito después del punto decimal"),
    ("problem.json.exponent", "expected a digit in the exponent", "se esperaba un dígito en el exponente"),
    ("problem.json.range", "number out of range", "número fuera de rango"),
    ("problem.json.hex", "expected four hex digits after \\u", "se esperaban cuatro dígitos hexadecimales después de \\u"),
    ("problem.json.string", "unterminated string (a closing quote is missing)", "texto sin cerrar (falta la comilla final)"),
    ("problem.json.escape_end", "unterminated escape", "secuencia de escape sin terminar"),
    ("problem.json.surrogate", "a lone surrogate in \\u escape", "un sustituto suelto en un escape \\u"),
    ("problem.json.escape", "unknown escape", "secuencia de escape desconocida"),
    ("problem.json.control", "control character in a string", "carácter de control dentro de un texto"),
    ("problem.json.other", "a mistake", "un error"),
    (
        "problem.not_an_object",
        "must hold one JSON object ({ ... }) but holds {found}",
        "debe contener un objeto JSON ({ ... }), pero contiene {found}",
    ),
    ("problem.repeated", "appears more than once", "aparece más de una vez"),
    (
        "problem.unknown_field",
        "unknown field; the fields here are {known}",
        "campo desconocido; los campos aquí son {known}",
    ),
    (
        "problem.unknown_field.hint",
        "unknown field (did you mean \"{suggestion}\"?); the fields here are {known}",
        "campo desconocido (¿quería decir \"{suggestion}\"?); los campos aquí son {known}",
    ),
    (
        "problem.unknown_setting",
        "unknown setting; docs/clinic-config.md lists them all",
        "ajuste desconocido; docs/clinic-config.md los enumera todos",
    ),
    (
        "problem.unknown_setting.hint",
        "unknown setting (did you mean \"{suggestion}\"?); docs/clinic-config.md lists them all",
        "ajuste desconocido (¿quería decir \"{suggestion}\"?); docs/clinic-config.md los enumera todos",
    ),
    // Values of the wrong kind.
    ("problem.expected_text", "expected text in quotes, found {found}", "se esperaba un texto entre comillas, pero hay {found}"),
    ("problem.expected_object", "expected an object ({ ... }), found {found}", "se esperaba un objeto ({ ... }), pero hay {found}"),
    (
        "problem.expected_list",
        "expected a list in [ ], such as [\"https://www.clinic.example\"], found {found}",
        "se esperaba una lista entre [ ], como [\"https://www.clinica.example\"], pero hay {found}",
    ),
    ("problem.expected_number", "expected a number of {unit}, found {found}", "se esperaba un número de {unit}, pero hay {found}"),
    (
        "problem.quoted_number",
        "expected a number, found text; write {text} without quotes",
        "se esperaba un número, pero hay un texto; escriba {text} sin comillas",
    ),
    ("problem.not_whole", "must be a whole number of {unit}", "debe ser un número entero de {unit}"),
    (
        "problem.out_of_range",
        "{value} is outside the allowed range {min} to {max} {unit}",
        "{value} está fuera del intervalo permitido, de {min} a {max} {unit}",
    ),
    (
        "problem.out_of_order",
        "{group} must be in this order (each at most the next), but the values would be {values}",
        "{group} deben ir en este orden (cada uno como mucho igual al siguiente), pero los valores serían {values}",
    ),
    // Colours and language.
    (
        "problem.not_a_colour",
        "\"{text}\" is not a colour this file accepts; write #rgb or #rrggbb, like #0f5e63",
        "\"{text}\" no es un color que este archivo acepte; escriba #rgb o #rrggbb, como #0f5e63",
    ),
    (
        "problem.contrast.accent",
        "{colour} as link and heading text on the page background {against} has a contrast of {ratio}, below the 4.5:1 that WCAG AA asks for; choose a darker colour",
        "{colour} como color de enlaces y títulos sobre el fondo de la página {against} tiene un contraste de {ratio}, por debajo del 4,5:1 que pide WCAG AA; elija un color más oscuro",
    ),
    (
        "problem.contrast.accent_ink",
        "{colour} as button text on the accent {against} has a contrast of {ratio}, below the 4.5:1 that WCAG AA asks for",
        "{colour} como texto de los botones sobre el color de acento {against} tiene un contraste de {ratio}, por debajo del 4,5:1 que pide WCAG AA",
    ),
    (
        "problem.contrast.background",
        "{colour} as the embedded planner's background, under text in {against}, has a contrast of {ratio}, below the 4.5:1 that WCAG AA asks for; choose a lighter colour",
        "{colour} como fondo del planificador insertado, bajo texto en {against}, tiene un contraste de {ratio}, por debajo del 4,5:1 que pide WCAG AA; elija un color más claro",
    ),
    (
        "problem.unknown_language",
        "\"{code}\" is not a language the app speaks; use one of {codes}",
        "\"{code}\" no es un idioma del planificador; use uno de estos: {codes}",
    ),
    // Paths.
    ("problem.empty", "is empty", "está vacío"),
    ("problem.backslash", "must use / between folders, not \\", "debe usar / entre carpetas, no \\"),
    (
        "problem.not_a_path",
        "must be a path inside the app's folder (like images/logo.svg), not a web address",
        "debe ser una ruta dentro de la carpeta del planificador (como imagenes/logo.svg), no una dirección web",
    ),
    (
        "problem.leading_slash",
        "must be relative to the app's folder, without a leading /",
        "debe ser relativa a la carpeta del planificador, sin / al principio",
    ),
    (
        "problem.path_character",
        "may contain only letters a-z, digits, -, _, ., ~ and /, but contains '{found}'",
        "solo puede contener letras a-z, dígitos, -, _, ., ~ y /, pero contiene '{found}'",
    ),
    ("problem.empty_folder", "has an empty folder name (// or a trailing /)", "tiene un nombre de carpeta vacío (// o una / al final)"),
    ("problem.above_folder", "goes above the app's folder with ..", "sale de la carpeta del planificador con .."),
    ("problem.extension", "must name a file ending in {allowed}", "debe nombrar un archivo terminado en {allowed}"),
    // The name and the phone.
    ("problem.too_long", "is {length} characters long; at most {max} fit", "tiene {length} caracteres; caben como mucho {max}"),
    (
        "problem.control_character",
        "contains a control character (such as a line break)",
        "contiene un carácter de control (como un salto de línea)",
    ),
    (
        "problem.phone_character",
        "may contain only digits, spaces and + ( ) -, but contains '{found}'",
        "solo puede contener dígitos, espacios y + ( ) -, pero contiene '{found}'",
    ),
    ("problem.plus_not_first", "may have + only at the start", "solo puede llevar + al principio"),
    ("problem.digit_count", "has {digits} digits; a phone number has 5 to 15", "tiene {digits} dígitos; un número de teléfono tiene de 5 a 15"),
    // E-mail and web addresses.
    ("problem.no_at", "is not an e-mail address (no @)", "no es una dirección de correo electrónico (falta la @)"),
    ("problem.not_an_email", "\"{text}\" is not a plausible e-mail address", "\"{text}\" no parece una dirección de correo electrónico válida"),
    ("problem.http_not_https", "must start with https:// (http:// is not accepted)", "debe empezar por https:// (no se acepta http://)"),
    ("problem.not_https", "must be a full address starting with https://", "debe ser una dirección completa que empiece por https://"),
    ("problem.http_only_local", "must start with https:// (http:// only for localhost)", "debe empezar por https:// (http:// solo para localhost)"),
    ("problem.address_too_long", "is longer than {max} characters", "tiene más de {max} caracteres"),
    ("problem.address_character", "contains '{found}', which a web address cannot hold", "contiene '{found}', que no puede ir en una dirección web"),
    ("problem.user_info", "must not contain a user name or password (@)", "no debe contener un nombre de usuario ni una contraseña (@)"),
    ("problem.port_not_number", "has a port that is not a number", "tiene un puerto que no es un número"),
    ("problem.not_an_origin", "must be an origin such as https://www.clinic.example", "debe ser un origen, como https://www.clinica.example"),
    (
        "problem.origin_with_path",
        "must be an origin only (scheme, host and port), such as https://www.clinic.example, without a path",
        "debe ser solo un origen (esquema, servidor y puerto), como https://www.clinica.example, sin ruta",
    ),
    (
        "problem.has_fragment",
        "must not hold a # part: the share link puts its own there",
        "no debe llevar una parte #: el enlace para compartir pone ahí la suya",
    ),
    ("problem.not_full_domain", "\"{host}\" is not a full domain (like clinic.example)", "\"{host}\" no es un dominio completo (como clinica.example)"),
    ("problem.invalid_domain", "\"{host}\" is not a valid domain", "\"{host}\" no es un dominio válido"),
    ("problem.no_top_level_domain", "\"{host}\" does not end in a domain such as .com", "\"{host}\" no termina en un dominio como .com"),
    // The URL parameter and reading the file.
    ("problem.not_percent_encoded", "is not valid percent-encoded text", "no es un texto con codificación porcentual válida"),
    ("problem.named_file_missing", "the file it names was not found", "no se encontró el archivo que nombra"),
    ("problem.unreadable", "the file could not be read", "no se pudo leer el archivo"),
    // What the app does instead.
    ("problem.instead.default", "the default is used", "se usa el valor predeterminado"),
    ("problem.instead.default_number", "the default {value} is used", "se usa el valor predeterminado, {value}"),
    ("problem.instead.default_colour", "the default {colour} is used", "se usa el color predeterminado, {colour}"),
    ("problem.instead.defaults", "the defaults are used", "se usan los valores predeterminados"),
    ("problem.instead.built_in", "the built-in defaults are used", "se usan los valores predeterminados del planificador"),
    (
        "problem.instead.file_ignored",
        "the whole file is ignored and the built-in defaults are used",
        "se ignora todo el archivo y se usan los valores predeterminados del planificador",
    ),
    ("problem.instead.last_one_used", "the last one is used", "se usa el último"),
    ("problem.instead.ignored", "it is ignored", "se ignora"),
    ("problem.instead.any_page", "any page may show the app", "cualquier página puede mostrar el planificador"),
    ("problem.instead.parameter_ignored", "the parameter is ignored", "se ignora el parámetro"),
    ("problem.instead.default_file", "{file} is used instead", "se usa {file} en su lugar"),
    (
        "problem.instead.group_defaults",
        "all {n} keep their defaults ({defaults})",
        "los {n} conservan sus valores predeterminados ({defaults})",
    ),
    ("problem.instead.no_background", "the background stays the planner's own", "el fondo sigue siendo el del planificador"),
];
