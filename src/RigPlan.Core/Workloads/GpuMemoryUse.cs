namespace RigPlan.Core.Workloads;

/// <summary>What one GPU holds, in GiB, against its memory.</summary>
/// <param name="Gpu">Which GPU (1-based).</param>
/// <param name="CapacityGib">Its memory.</param>
/// <param name="WeightsGib">Model weights on it.</param>
/// <param name="KvCacheGib">KV cache on it.</param>
/// <param name="OverheadGib">CUDA context, framework and compute buffers (RigPlan's allowance).</param>
/// <param name="Layers">Decoder layers on it.</param>
public sealed record GpuMemoryUse(int Gpu, double CapacityGib, double WeightsGib, double KvCacheGib, double OverheadGib, int Layers)
{
    /// <summary>Everything on it.</summary>
    public double TotalGib => WeightsGib + KvCacheGib + OverheadGib;

    /// <summary>True when it fits.</summary>
    public bool Fits => TotalGib <= CapacityGib;
}
