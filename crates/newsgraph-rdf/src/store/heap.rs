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
