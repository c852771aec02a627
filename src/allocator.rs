//! The allocator: mimalloc, measured against glibc's malloc in docs/bundler.md (*Allocator*).
//! A build frees on one thread what another allocated (each module's syntax is made on the
//! walk's threads and dropped on the printing ones), which mimalloc does without locks.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its `mimalloc.h`, v3): how many milliseconds freed
/// memory stays with the process before it is given back to the system.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// For `pilet build` and `piral build`: freed memory goes back to the system after 10 ms rather
/// than mimalloc's 1 s. A build frees each module's syntax as it prints it, and keeping all of
/// it for a second raises the peak by a tenth (ten copies of three.js: 313 MB against 282 MB).
/// The debug servers keep the default: each rebuild reuses what the last one freed.
#[allow(unsafe_code)]
pub(crate) fn return_freed_memory_soon() {
    // SAFETY: sets an option by its number; mimalloc reads it on the next purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) };
}

/// Gives the memory this thread freed back to the system now (mimalloc purges lazily, when the
/// thread next allocates or frees, and a pool's threads may do neither for the rest of a build).
#[allow(unsafe_code)]
pub(crate) fn give_back_freed_memory() {
    // SAFETY: no arguments but a flag; collects the calling thread's heap.
    unsafe { libmimalloc_sys::mi_collect(true) };
}
