//! Giving the C heap's free memory back to the system during a long load.
//!
//! RocksDB (C++, through Oxigraph) allocates with glibc's `malloc`: block cache entries, index blocks,
//! memtables, the bulk loader's files, from several threads, so in several of glibc's arenas. glibc keeps
//! what is freed inside an arena for later allocations and returns memory to the system only from the top
//! of the main heap; freed pages in the middle of an arena stay resident. A load of 3,000 articles into a
//! store of 100,000 held 341 MiB from glibc with 153 MiB in use (`malloc_stats`,
//! notes/issue-8-session12-load-rss.md): most of the resident memory above what is in use was freed memory
//! glibc kept.

/// Returns the free pages of every glibc arena to the system (`malloc_trim(0)`). Does nothing where the C
/// library is not glibc.
pub fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` takes no pointer and only walks glibc's own free lists under the arenas'
    // locks; it is safe to call from any thread at any time. Its result (whether memory was released)
    // is of no use here.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Arenas glibc may create (`M_ARENA_MAX`): two instead of eight per core, so that memory freed by one of
/// RocksDB's threads is found again by the others instead of staying resident in an arena of its own.
const ARENA_MAX: i32 = 2;
/// Allocations from this size up are mapped and unmapped on their own (`M_MMAP_THRESHOLD`, 128 KiB, glibc's
/// initial value). Setting it keeps glibc from raising the threshold each time such a block is freed
/// (up to 32 MiB), after which RocksDB's compaction buffers (2 MiB readahead per input file) would come
/// from the heap and stay there once freed.
const MMAP_THRESHOLD: i32 = 128 * 1024;

/// Tunes glibc's allocator for long loads: at most [`ARENA_MAX`] arenas and a fixed mmap threshold.
/// A full load of 100,000 articles peaked 9% lower with these settings than without them (measured
/// in `notes/issue-8-session13-load-rss.md`: 567,420 → 514,788 KiB), for 1.13× the CPU time.
/// Call it once, before threads start (`newsgraph load` and `run` do; the other commands keep glibc's
/// defaults). Nothing is changed where the C library is not glibc, or when the user chose for
/// themselves (`MALLOC_ARENA_MAX`, `MALLOC_MMAP_THRESHOLD_` or a `glibc.malloc` setting in
/// `GLIBC_TUNABLES` in the environment).
pub fn tune_heap_for_loads() {
    let chosen = std::env::var_os("MALLOC_ARENA_MAX").is_some()
        || std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some()
        || std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("glibc.malloc."));
    if chosen {
        return;
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` takes two integers and changes glibc's allocator parameters under its own lock;
    // both parameters are documented for use at any time, and the values are in their ranges.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENA_MAX);
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}
