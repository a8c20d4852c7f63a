using System.Collections.Immutable;

namespace RigPlan.Core.Workloads;

/// <summary>Whether a model fits for inference on a set of GPUs, how it is split, and what each GPU holds.</summary>
public sealed record InferenceFit
{
    /// <summary>The model.</summary>
    public required LlmModel Model { get; init; }

    /// <summary>The weight format.</summary>
    public required QuantFormat Format { get; init; }

    /// <summary>The split used.</summary>
    public required SplitStrategy Strategy { get; init; }

    /// <summary>Each GPU's share.</summary>
    public required ImmutableArray<GpuMemoryUse> PerGpu { get; init; }

    /// <summary>All weights, GiB.</summary>
    public required double WeightsGib { get; init; }

    /// <summary>The whole KV cache for the context and batch, GiB; null when the model's attention is not modelled.</summary>
    public required double? KvCacheGib { get; init; }

    /// <summary>Tokens of context per sequence.</summary>
    public required int Context { get; init; }

    /// <summary>Sequences served at once.</summary>
    public required int Batch { get; init; }

    /// <summary>True when every GPU fits (and the KV cache is known).</summary>
    public bool Fits => KvCacheGib is not null && PerGpu.All(g => g.Fits);

    /// <summary>The fullest GPU, the one that decides.</summary>
    public GpuMemoryUse Fullest => PerGpu.MaxBy(g => g.TotalGib / g.CapacityGib)!;
}
