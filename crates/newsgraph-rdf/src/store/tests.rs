//! Unit tests of the store: how open and storage errors are told apart (locked, corrupt, disk full).

use super::{Error, Problem, StorageError, problem, store_error};

/// Cases in `tests/data/store/open_errors.tsv` (RocksDB's own messages): whether each is a lock error, a
/// corruption, a full disk or another error; a lock error is never called corrupt, nor a corruption
/// locked, and neither is a full disk. As text (how RocksDB's status reaches us) and, for the I/O errors,
/// as Oxigraph's `StorageError::Io`; a full disk with the kind Oxigraph gives it (`StorageFull`).
#[test]
fn lock_errors_are_told_from_other_errors() {
    use std::io::ErrorKind;
    let cases = include_str!("../../../../tests/data/store/open_errors.tsv");
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (want, msg) = line.split_once('\t').expect("two columns");
        assert_eq!(super::is_lock_error(msg), want == "lock", "{msg}");
        assert_eq!(super::is_corruption(msg), want == "corrupt", "{msg}");
        let (want, kind) = match want {
            "lock" => (Problem::Locked, ErrorKind::Other),
            "corrupt" => (Problem::Corrupt, ErrorKind::Other),
            "full" => (Problem::Full, ErrorKind::StorageFull),
            _ => (Problem::Other, ErrorKind::Other),
        };
        let text = std::io::Error::new(kind, msg);
        assert_eq!(problem(&text), want, "{msg}");
        if msg.starts_with("IO error:") {
            let io = StorageError::Io(std::io::Error::new(kind, msg));
            assert_eq!(problem(&io), want, "{msg}");
            let told = store_error("/tmp/st", StorageError::Io(std::io::Error::new(kind, msg)));
            assert_eq!(
                matches!(told, Error::DiskFull { .. }),
                want == Problem::Full,
                "{msg}: {told:?}"
            );
        }
        let told = store_error("/tmp/st", std::io::Error::new(kind, msg));
        let kind_ok = match want {
            Problem::Locked => matches!(told, Error::Locked { .. }),
            Problem::Corrupt => matches!(told, Error::Corrupt { .. }),
            Problem::Full => matches!(told, Error::DiskFull { .. }),
            Problem::Other => matches!(told, Error::Store { .. }),
        };
        assert!(kind_ok, "{msg}: {told:?}");
        let told = told.to_string();
        assert_eq!(told.contains("locked"), want == Problem::Locked, "{told}");
        assert_eq!(told.contains("corrupt"), want == Problem::Corrupt, "{told}");
        assert_eq!(
            told.contains("the disk is full"),
            want == Problem::Full,
            "{told}"
        );
        assert!(told.contains("store /tmp/st: "), "{told}");
        assert!(told.contains(msg), "{told}");
        n += 1;
    }
    assert!(n >= 4);
}

/// On a real RocksDB store: a store another handle holds is [`Error::Locked`]; a garbled CURRENT and a
/// table file with damaged blocks ("block checksum mismatch", found when the data is read) are
/// [`Error::Corrupt`], told by Oxigraph's `StorageError::Corruption`, which is kept as the source.
#[cfg(feature = "rocksdb")]
#[test]
fn real_lock_and_corruption_errors_are_told_by_kind() {
    use super::{GraphStore, OpenMode, StoreLocation};
    use oxigraph::model::{GraphNameRef, Literal, NamedNode, QuadRef};
    let is_corruption = |e: &Error| match e {
        Error::Corrupt { source, .. } => matches!(
            source.downcast_ref::<StorageError>(),
            Some(StorageError::Corruption(_))
        ),
        _ => false,
    };
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("st");
    let at = StoreLocation::Disk(path.clone());
    let store = GraphStore::open(&at, OpenMode::ReadWrite).unwrap();
    let p = NamedNode::new("http://example.org/p").unwrap();
    for i in 0..20_000 {
        let s = NamedNode::new(format!("http://example.org/s{i}")).unwrap();
        let o = Literal::new_simple_literal(format!("value number {i} of many"));
        store
            .inner()
            .insert(QuadRef::new(&s, &p, &o, GraphNameRef::DefaultGraph))
            .unwrap();
    }
    store.flush().unwrap();
    let e = GraphStore::open(&at, OpenMode::ReadWrite)
        .err()
        .expect("an error");
    assert!(matches!(e, Error::Locked { .. }), "{e:?}");
    assert!(e.to_string().contains("locked by another process"), "{e}");
    drop(store);
    // Damaged data blocks (the first half; the index blocks are at the end) in every table file: opening
    // works, reading finds the checksums wrong.
    let copy = tmp.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    for f in std::fs::read_dir(&path).unwrap() {
        let f = f.unwrap().path();
        let mut bytes = std::fs::read(&f).unwrap();
        if f.extension().is_some_and(|e| e == "sst") && bytes.len() > 8192 {
            for i in (100..bytes.len() / 2).step_by(1024) {
                bytes[i] ^= 0xff;
            }
        }
        std::fs::write(copy.join(f.file_name().unwrap()), bytes).unwrap();
    }
    let damaged = GraphStore::open(&StoreLocation::Disk(copy), OpenMode::ReadOnly).unwrap();
    let e = damaged.stats().unwrap_err();
    assert!(is_corruption(&e), "{e:?}");
    assert!(e.to_string().contains("block checksum mismatch"), "{e}");
    assert!(!e.to_string().contains("locked"), "{e}");
    // A garbled CURRENT: the store does not open.
    std::fs::write(path.join("CURRENT"), "garbage").unwrap();
    let e = GraphStore::open(&at, OpenMode::ReadWrite)
        .err()
        .expect("an error");
    assert!(is_corruption(&e), "{e:?}");
    assert!(!e.to_string().contains("locked"), "{e}");
}
