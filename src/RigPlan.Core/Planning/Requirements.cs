using System.Collections.Immutable;
using RigPlan.Core.Builds;

namespace RigPlan.Core.Planning;

/// <summary>What a plan must satisfy, and what it optimises.</summary>
public sealed record Requirements
{
    /// <summary>Fewest GPUs per node.</summary>
    public int MinGpus { get; init; } = 1;

    /// <summary>Most GPUs per node.</summary>
    public int MaxGpus { get; init; } = 8;

    /// <summary>Least memory on each GPU, GB.</summary>
    public double MinVramPerGpuGb { get; init; }

    /// <summary>Least GPU memory in total, GB.</summary>
    public double MinVramTotalGb { get; init; }

    /// <summary>Least dense BF16 TFLOPS in total.</summary>
    public double MinTflops { get; init; }

    /// <summary>Most the build may cost, USD; null for no limit.</summary>
    public double? Budget { get; init; }

    /// <summary>The enclosure.</summary>
    public FormFactorChoice Form { get; init; } = FormFactorChoice.Any;

    /// <summary>Which prices.</summary>
    public PriceMode Prices { get; init; } = PriceMode.Any;

    /// <summary>Where it plugs in.</summary>
    public required Site Site { get; init; }

    /// <summary>Parts (ids) the plan must contain.</summary>
    public ImmutableArray<string> Require { get; init; } = [];

    /// <summary>Parts (ids) or vendors the plan must not contain.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Identical nodes (1 for a single machine); 0 asks <see cref="NodeChoice"/> to choose, with GPU counts as totals.</summary>
    public int Nodes { get; init; } = 1;

    /// <summary>A model the plan must serve, with a speed to meet; null for none.</summary>
    public WorkloadTarget? Workload { get; init; }

    /// <summary>A workload named in a requirements file, before its model and format are resolved (the CLI resolves it).</summary>
    public WorkloadRequest? RequestedWorkload { get; init; }

    /// <summary>When set, GPUs may also be capped below board power (90, 80 and 70 %), their speed scaled by this model.</summary>
    public Workloads.Training.PowerLimitModel? PowerCaps { get; init; }

    /// <summary>True when the node is one of a cluster planned kind by kind (it then needs 10 Gb/s networking even alone).</summary>
    public bool InCluster { get; init; }

    /// <summary>What to optimise.</summary>
    public PlanObjective Objective { get; init; } = PlanObjective.TflopsPerDollar;
}

/// <summary>A workload as a requirements file names it: model and format ids, context, speed, and where it was written.</summary>
public sealed record WorkloadRequest
{
    /// <summary>Model id or name.</summary>
    public required string Model { get; init; }

    /// <summary>Weight format id.</summary>
    public required string Quant { get; init; }

    /// <summary>Tokens of context per stream.</summary>
    public int Context { get; init; } = 4096;

    /// <summary>Least generation speed, tokens/s.</summary>
    public double? MinDecodeTokensPerSecond { get; init; }

    /// <summary>"file:line workload", for messages.</summary>
    public required string Where { get; init; }
}
