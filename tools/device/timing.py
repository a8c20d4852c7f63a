"""Timing shared by the device measurement scripts: mean seconds per call after warm-up, with CUDA synchronised."""
import time


def timed(fn, iters, warm=3):
    import torch
    for _ in range(warm):
        fn()
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(iters):
        fn()
    torch.cuda.synchronize()
    return (time.perf_counter() - t0) / iters
