//! README.md's map of the code ("## Where things are") names every folder and file under
//! `src/`, and nothing that is not there, so a newcomer can trust it.

mod source_tree;

/// The paths under `src/` that README.md's map ("## Where things are") names. Each line of
/// the map starts, after its indentation (two spaces a level), with one or more names joined
/// by ", " and then a description; a name ending in `/` opens a folder for the deeper lines.
fn readme_map_paths(readme: &str) -> Vec<String> {
    let section = readme
        .split("## Where things are")
        .nth(1)
        .expect("README.md has a section \"Where things are\"");
    let block = section
        .split("```")
        .nth(1)
        .expect("the section holds the map in a code block");
    let mut folders: Vec<String> = Vec::new();
    let mut paths = Vec::new();
    for line in block.lines() {
        let depth = (line.len() - line.trim_start().len()) / 2;
        let names = line.trim_start().split("  ").next().unwrap_or("");
        let names: Vec<&str> = names.split(", ").collect();
        let is_name = |n: &&str| {
            (n.ends_with(".rs") || n.ends_with('/'))
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_./".contains(c))
        };
        if names.is_empty() || !names.iter().all(is_name) {
            continue;
        }
        folders.truncate(depth);
        let parent = folders.last().cloned().unwrap_or_default();
        for name in &names {
            let path = format!("{parent}{name}");
            if name.ends_with('/') && names.len() == 1 {
                folders.push(path.clone());
            }
            if path.starts_with("src/") {
                paths.push(path);
            }
        }
    }
    paths
}

/// Every folder and file under `src/`, as the map writes them: `src/ui/`, `src/ui/mod.rs`.
fn src_paths(root: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    source_tree::entries(&root.join("src"), &mut found);
    found
        .iter()
        .map(|path| {
            let name = path.strip_prefix(root).unwrap().to_string_lossy();
            if path.is_dir() {
                format!("{name}/")
            } else {
                name.into_owned()
            }
        })
        .collect()
}

#[test]
fn the_readme_map_names_every_folder_and_file_under_src() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mapped = readme_map_paths(&readme);
    let mut real = src_paths(root);
    real.push("src/".into());
    let missing: Vec<&String> = real
        .iter()
        .filter(|p| *p != "src/" && !mapped.contains(p))
        .collect();
    let stale: Vec<&String> = mapped.iter().filter(|p| !real.contains(p)).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "README.md's map (## Where things are) must name every folder and file under src/, \
         one line each (or a few joined by \", \") with what it is, under its folder.\n\
         Not in the map: {missing:?}\nIn the map but not in src/: {stale:?}"
    );
}

#[test]
fn the_readme_map_reader_follows_folders_and_joined_names() {
    let readme = "## Where things are\n```\nsrc/lib.rs   the library\nsrc/ui/     shell\n  a.rs, b.rs   two\n  c/          folder\n    d.rs      deep\n  e.rs        back up\n               rules, care steps, and more\n```\n";
    assert_eq!(
        readme_map_paths(readme),
        [
            "src/lib.rs",
            "src/ui/",
            "src/ui/a.rs",
            "src/ui/b.rs",
            "src/ui/c/",
            "src/ui/c/d.rs",
            "src/ui/e.rs"
        ]
    );
}
