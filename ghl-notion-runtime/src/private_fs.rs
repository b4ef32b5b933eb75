//! Files only their owner can read: state, journals and token stores.
//!
//! Everything this workspace keeps on disk may hold secrets or personal data (refresh
//! tokens, webhook bodies with contact details, the sync state), so every store opens its
//! files through this module:
//!
//! - [`create_private_dir`] creates missing directories with mode `0700` and refuses a
//!   path that is a symbolic link;
//! - [`open_private`] opens a file with mode `0600` on creation, **without following a
//!   symbolic link** (`O_NOFOLLOW`), and narrows an existing file to `0600`;
//! - [`restrict_sqlite`] narrows a SQLite database and its `-wal`, `-shm` and `-journal`
//!   companions to `0600`;
//! - [`private_temp_dir`] makes a fresh `0700` directory under the temp directory;
//! - [`check_not_shared`] refuses a directory every user may write to (the shared temp
//!   directory, say), where another user could plant or swap files.
//!
//! On platforms without Unix permissions the modes are not applied; the symlink checks
//! still are.
//!
//! ```
//! use ghl_notion_runtime::private_fs;
//! use std::io::Write;
//!
//! let dir = std::env::temp_dir().join(format!("private-fs-doc-{}", std::process::id()));
//! private_fs::create_private_dir(&dir.join("state")).unwrap();
//! let path = dir.join("state").join("journal.jsonl");
//! let mut file = private_fs::open_private(&path, private_fs::Access::Append).unwrap();
//! writeln!(file, "{{}}").unwrap();
//! # #[cfg(unix)]
//! # {
//! use std::os::unix::fs::PermissionsExt;
//! assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
//! # }
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The mode of a private file.
pub const FILE_MODE: u32 = 0o600;
/// The mode of a private directory.
pub const DIR_MODE: u32 = 0o700;

/// How [`open_private`] opens a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read only; the file must exist.
    Read,
    /// Read and write, created if missing, contents kept.
    ReadWrite,
    /// Appends, created if missing.
    Append,
    /// Writes from empty, created if missing (the old contents are dropped).
    Truncate,
}

/// Creates `dir` and its missing parents with mode `0700` (existing directories keep
/// their mode). Fails if `dir` is a symbolic link or not a directory.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(refused(dir, "is a symbolic link"));
        }
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => return Err(refused(dir, "is not a directory")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder.create(dir)
}

/// Creates the missing parent directories of `path` with mode `0700`.
pub fn create_private_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(parent) => create_private_dir(parent),
        None => Ok(()),
    }
}

/// Creates a fresh directory only its owner may enter (mode `0700`) under the system's
/// temp directory, named `prefix` plus a random part. The name is new (creation fails on an
/// existing path, and another name is drawn), so nothing another user planted in the shared
/// temp directory is ever used. The caller removes it when done.
pub fn private_temp_dir(prefix: &str) -> io::Result<PathBuf> {
    let base = std::env::temp_dir();
    let mut last = None;
    for _ in 0..16 {
        let dir = base.join(format!("{prefix}-{:016x}", fastrand::u64(..)));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(DIR_MODE);
        }
        match builder.create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free temp directory name")))
}

/// Opens `path` as `access` says, never through a symbolic link; a file it creates gets
/// mode `0600`, and an existing file it opens for writing is narrowed to `0600`.
pub fn open_private(path: &Path, access: Access) -> io::Result<File> {
    let mut options = OpenOptions::new();
    match access {
        Access::Read => options.read(true),
        Access::ReadWrite => options.read(true).write(true).create(true),
        Access::Append => options.append(true).create(true),
        Access::Truncate => options.write(true).create(true).truncate(true),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE).custom_flags(libc::O_NOFOLLOW);
    }
    #[cfg(not(unix))]
    if is_symlink(path)? {
        return Err(refused(path, "is a symbolic link"));
    }
    let file = options.open(path).map_err(|e| symlink_error(path, e))?;
    if access != Access::Read {
        narrow(&file)?;
    }
    Ok(file)
}

/// Narrows an existing file (not a symbolic link) to mode `0600`; a missing file is fine.
pub fn restrict(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(refused(path, "is a symbolic link")),
        Ok(_) => set_mode(path, FILE_MODE),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// The files SQLite keeps for the database at `path`: itself, `-wal`, `-shm`, `-journal`.
pub fn sqlite_files(path: &Path) -> [PathBuf; 4] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [
        path.to_owned(),
        with("-wal"),
        with("-shm"),
        with("-journal"),
    ]
}

/// Prepares the database at `path` before SQLite opens it: creates its directory (`0700`
/// if missing) and the file itself with mode `0600` (SQLite gives `-wal` and `-shm` the
/// database's mode), and narrows existing companions. Refuses symbolic links.
pub fn prepare_sqlite(path: &Path) -> io::Result<()> {
    create_private_parent(path)?;
    drop(open_private(path, Access::ReadWrite)?);
    restrict_sqlite(path)
}

/// Narrows a SQLite database and its companions to `0600` (after opening, say, when the
/// `-wal` and `-shm` files exist).
pub fn restrict_sqlite(path: &Path) -> io::Result<()> {
    for file in sqlite_files(path) {
        restrict(&file)?;
    }
    Ok(())
}

/// Fails if `dir` may be written by every user without the sticky protection of a
/// private subdirectory: world-writable (like `/tmp`) or a symbolic link. Keep state in a
/// directory of your own instead (the error says so).
pub fn check_not_shared(dir: &Path) -> io::Result<()> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        // A link to a directory of the user's own is common (`~/state -> /data/state`):
        // judge where it points.
        let target = std::fs::metadata(dir)?;
        return check_mode(dir, &target);
    }
    check_mode(dir, &meta)
}

#[cfg(unix)]
fn check_mode(dir: &Path, meta: &std::fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if meta.permissions().mode() & 0o002 != 0 {
        return Err(refused(
            dir,
            "is writable by every user (a shared temp directory?): keep state, journals and tokens in a directory of your own",
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_dir: &Path, _meta: &std::fs::Metadata) -> io::Result<()> {
    Ok(())
}

#[cfg(not(unix))]
fn is_symlink(path: &Path) -> io::Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => Ok(meta.file_type().is_symlink()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn narrow(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = file.metadata()?.permissions().mode() & 0o777;
    if mode != FILE_MODE {
        file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn narrow(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// `O_NOFOLLOW` on a symbolic link fails with `ELOOP`: say what happened.
fn symlink_error(path: &Path, e: io::Error) -> io::Error {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return refused(path, "is a symbolic link");
    }
    let _ = path;
    e
}

fn refused(path: &Path, why: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!("refusing {}: it {why}", path.display()),
    )
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::os::unix::fs::PermissionsExt;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "private-fs-{name}-{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ));
        create_private_dir(&dir).unwrap();
        dir
    }

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path)
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn creates_dirs_0700_and_files_0600() {
        let root = scratch("modes");
        let dir = root.join("a").join("b");
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&root.join("a")), 0o700);
        assert_eq!(mode(&dir), 0o700);
        for access in [Access::ReadWrite, Access::Append, Access::Truncate] {
            let path = dir.join(format!("{access:?}"));
            drop(open_private(&path, access).unwrap());
            assert_eq!(mode(&path), 0o600, "{access:?}");
        }
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn narrows_an_existing_world_readable_file() {
        let root = scratch("narrow");
        let path = root.join("state.sqlite");
        std::fs::write(&path, b"x").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        drop(open_private(&path, Access::ReadWrite).unwrap());
        assert_eq!(mode(&path), 0o600);
        // Reading does not change a file.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        drop(open_private(&path, Access::Read).unwrap());
        assert_eq!(mode(&path), 0o644);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn never_writes_through_a_symlink() {
        let root = scratch("symlink");
        let victim = root.join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let link = root.join("journal.jsonl");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        for access in [
            Access::Read,
            Access::ReadWrite,
            Access::Append,
            Access::Truncate,
        ] {
            let err = open_private(&link, access).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::PermissionDenied, "{access:?}");
            assert!(err.to_string().contains("symbolic link"), "{err}");
        }
        assert!(restrict(&link).is_err());
        let mut text = String::new();
        File::open(&victim)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "precious");
        let linked_dir = root.join("dir-link");
        std::os::unix::fs::symlink(&root, &linked_dir).unwrap();
        assert!(create_private_dir(&linked_dir).is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn sqlite_companions_are_narrowed() {
        let root = scratch("sqlite");
        let db = root.join("s.sqlite");
        prepare_sqlite(&db).unwrap();
        assert_eq!(mode(&db), 0o600);
        for extra in ["-wal", "-shm"] {
            let companion = PathBuf::from(format!("{}{extra}", db.display()));
            std::fs::write(&companion, b"").unwrap();
            std::fs::set_permissions(&companion, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        restrict_sqlite(&db).unwrap();
        for file in sqlite_files(&db) {
            if file.exists() {
                assert_eq!(mode(&file), 0o600, "{}", file.display());
            }
        }
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn temp_dirs_are_fresh_and_private() {
        let a = private_temp_dir("private-fs-tmp").unwrap();
        let b = private_temp_dir("private-fs-tmp").unwrap();
        assert_ne!(a, b);
        assert_eq!(mode(&a), 0o700);
        check_not_shared(&a).unwrap();
        std::fs::remove_dir(&a).unwrap();
        std::fs::remove_dir(&b).unwrap();
    }

    #[test]
    fn existing_dirs_are_kept_and_anything_else_refused() {
        let root = scratch("existing");
        let kept = root.join("kept");
        std::fs::create_dir(&kept).unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir(&kept).unwrap();
        assert_eq!(mode(&kept), 0o755, "an existing directory keeps its mode");

        let file = root.join("file");
        std::fs::write(&file, b"x").unwrap();
        let err = create_private_dir(&file).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(err.to_string().ends_with("is not a directory"), "{err}");
        let err = create_private_dir(&file.join("sub")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotADirectory, "{err}");
        // `file/` does not resolve, and is not created over either (that would say "exists").
        let err = create_private_dir(Path::new(&format!("{}/", file.display()))).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotADirectory, "{err}");

        let link = root.join("link");
        std::os::unix::fs::symlink(&kept, &link).unwrap();
        let err = create_private_dir(&link).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(err.to_string().ends_with("is a symbolic link"), "{err}");
        create_private_dir(Path::new("")).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn missing_parents_are_created_private() {
        let root = scratch("parent");
        let path = root.join("x").join("y").join("state.json");
        create_private_parent(&path).unwrap();
        assert_eq!(mode(&root.join("x")), 0o700);
        assert_eq!(mode(&root.join("x").join("y")), 0o700);
        assert!(!path.exists(), "only the parents are made");
        create_private_parent(Path::new("/")).unwrap();

        let db = root.join("db").join("s.sqlite");
        prepare_sqlite(&db).unwrap();
        assert_eq!(mode(&root.join("db")), 0o700);
        assert_eq!(mode(&db), 0o600);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_planted_temp_dir_name_is_skipped() {
        let prefix = format!("private-fs-planted-{}", std::process::id());
        // The generator is the thread's own: the same seed draws the same names.
        fastrand::seed(7);
        let planted: Vec<PathBuf> = (0..16)
            .map(|_| std::env::temp_dir().join(format!("{prefix}-{:016x}", fastrand::u64(..))))
            .collect();
        std::fs::create_dir(&planted[0]).unwrap();
        fastrand::seed(7);
        let dir = private_temp_dir(&prefix).unwrap();
        assert_eq!(dir, planted[1]);
        assert_eq!(mode(&dir), 0o700);
        std::fs::remove_dir(&dir).unwrap();

        // Every name taken: the last collision is the error.
        for path in &planted[1..] {
            std::fs::create_dir(path).unwrap();
        }
        fastrand::seed(7);
        let err = private_temp_dir(&prefix).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists, "{err}");
        for path in &planted {
            std::fs::remove_dir(path).unwrap();
        }
    }

    #[test]
    fn a_temp_dir_failure_other_than_a_taken_name_is_not_retried() {
        let prefix = format!("private-fs-no-parent-{}/x", std::process::id());
        fastrand::seed(11);
        let draws: Vec<u64> = (0..2).map(|_| fastrand::u64(..)).collect();
        fastrand::seed(11);
        let err = private_temp_dir(&prefix).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound, "{err}");
        // One name was drawn, and only one: the next draw is the second.
        assert_eq!(fastrand::u64(..), draws[1]);
    }

    #[test]
    fn other_errors_are_reported_as_they_are() {
        let root = scratch("errors");
        let missing = root.join("missing");
        let err = open_private(&missing, Access::Read).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound, "{err}");
        restrict(&missing).unwrap();
        check_not_shared(&missing).unwrap();

        // A path through a regular file fails to resolve: neither missing nor fine.
        let file = root.join("file");
        std::fs::write(&file, b"x").unwrap();
        let below = file.join("x");
        assert_eq!(
            restrict(&below).unwrap_err().kind(),
            io::ErrorKind::NotADirectory
        );
        assert_eq!(
            check_not_shared(&below).unwrap_err().kind(),
            io::ErrorKind::NotADirectory
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn restrict_never_follows_a_symlink() {
        let root = scratch("restrict-link");
        let victim = root.join("victim");
        std::fs::write(&victim, b"x").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        let link = root.join("s.sqlite-wal");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let err = restrict(&link).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(restrict_sqlite(&root.join("s.sqlite")).is_err());
        assert_eq!(mode(&victim), 0o644);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn every_sqlite_companion_is_narrowed() {
        assert_eq!(
            sqlite_files(Path::new("/d/s.db")),
            [
                PathBuf::from("/d/s.db"),
                PathBuf::from("/d/s.db-wal"),
                PathBuf::from("/d/s.db-shm"),
                PathBuf::from("/d/s.db-journal"),
            ]
        );
        let root = scratch("companions");
        let names = ["s.db", "s.db-wal", "s.db-shm", "s.db-journal"];
        for name in names {
            std::fs::write(root.join(name), b"").unwrap();
            std::fs::set_permissions(root.join(name), std::fs::Permissions::from_mode(0o644))
                .unwrap();
        }
        restrict_sqlite(&root.join("s.db")).unwrap();
        for name in names {
            assert_eq!(mode(&root.join(name)), 0o600, "{name}");
        }
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn an_already_private_file_is_left_untouched() {
        use std::os::unix::fs::MetadataExt;
        let root = scratch("untouched");
        let path = root.join("f");
        drop(open_private(&path, Access::Append).unwrap());
        let before = std::fs::metadata(&path).unwrap();
        // A chmod would move the change time forward.
        std::thread::sleep(std::time::Duration::from_millis(50));
        drop(open_private(&path, Access::ReadWrite).unwrap());
        let after = std::fs::metadata(&path).unwrap();
        assert_eq!(
            (after.ctime(), after.ctime_nsec()),
            (before.ctime(), before.ctime_nsec())
        );
        assert_eq!(mode(&path), 0o600);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_symlinked_state_dir_is_judged_by_its_target() {
        let root = scratch("judged");
        let private = root.join("private");
        let shared = root.join("shared");
        create_private_dir(&private).unwrap();
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::os::unix::fs::symlink(&private, root.join("to-private")).unwrap();
        std::os::unix::fs::symlink(&shared, root.join("to-shared")).unwrap();
        check_not_shared(&root.join("to-private")).unwrap();
        let err = check_not_shared(&root.join("to-shared")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        // Only the world-writable bit counts.
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o775)).unwrap();
        check_not_shared(&shared).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn refuses_world_writable_dirs() {
        let root = scratch("shared");
        check_not_shared(&root).unwrap();
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o777)).unwrap();
        let err = check_not_shared(&root).unwrap_err();
        assert!(err.to_string().contains("every user"), "{err}");
        if mode(&std::env::temp_dir()) & 0o002 != 0 {
            assert!(check_not_shared(&std::env::temp_dir()).is_err());
        }
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o700)).unwrap();
        let mut f = open_private(&root.join("f"), Access::Append).unwrap();
        writeln!(f, "x").unwrap();
        std::fs::remove_dir_all(&root).unwrap();
    }
}
