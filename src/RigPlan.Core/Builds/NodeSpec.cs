using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Builds;

/// <summary>One kind of machine in a build: its parts, and how many identical machines there are.</summary>
public sealed record NodeSpec
{
    /// <summary>The node's name.</summary>
    public required string Name { get; init; }

    /// <summary>Identical machines of this kind.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Case, frame, rack chassis or barebone; null when not given.</summary>
    public Chassis? Chassis { get; init; }

    /// <summary>The motherboard.</summary>
    public required Motherboard Motherboard { get; init; }

    /// <summary>The processor.</summary>
    public required Cpu Cpu { get; init; }

    /// <summary>Processors installed (2 on a two-socket board).</summary>
    public int CpuCount { get; init; } = 1;

    /// <summary>Memory modules; null when not given.</summary>
    public PartGroup<MemoryModule>? Memory { get; init; }

    /// <summary>GPU groups.</summary>
    public ImmutableArray<GpuGroup> Gpus { get; init; } = [];

    /// <summary>Power supplies.</summary>
    public ImmutableArray<PartGroup<Psu>> Psus { get; init; } = [];

    /// <summary>Network adapters.</summary>
    public ImmutableArray<PartGroup<Nic>> Nics { get; init; } = [];

    /// <summary>NVMe drives, for the power allowance.</summary>
    public int Drives { get; init; } = 1;

    /// <summary>Where the node is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>GPUs in one machine.</summary>
    public int GpuCount => Gpus.Sum(g => g.Count);
}
