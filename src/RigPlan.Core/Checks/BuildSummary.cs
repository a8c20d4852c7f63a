using System.Collections.Immutable;

namespace RigPlan.Core.Checks;

/// <summary>What a build costs and gives: the numbers a buyer compares builds by.</summary>
public sealed record BuildSummary
{
    /// <summary>Sum of the known prices.</summary>
    public required double CostUsd { get; init; }

    /// <summary>Parts with no known price (the cost leaves them out).</summary>
    public required ImmutableArray<string> Unpriced { get; init; }

    /// <summary>Oldest price date used, YYYY-MM-DD.</summary>
    public string? OldestPrice { get; init; }

    /// <summary>Newest price date used.</summary>
    public string? NewestPrice { get; init; }

    /// <summary>GPUs in the build.</summary>
    public required int Gpus { get; init; }

    /// <summary>Total GPU memory.</summary>
    public required double VramGb { get; init; }

    /// <summary>Total dense BF16 tensor TFLOPS (FP16 where BF16 is unsupported).</summary>
    public required double Bf16Tflops { get; init; }

    /// <summary>TFLOPS per $1000 of known cost; null without a cost or when a GPU has no price.</summary>
    public double? TflopsPer1000Usd { get; init; }

    /// <summary>DC load of the whole build at full load.</summary>
    public required double DcLoadW { get; init; }

    /// <summary>Wall draw of the whole build at full load.</summary>
    public required double WallW { get; init; }

    /// <summary>Per node kind.</summary>
    public required ImmutableArray<NodeSummary> Nodes { get; init; }

    /// <summary>The network between machines, described ("4 machines on ...: links at 10 Gb/s ..."); null for one machine.</summary>
    public string? Network { get; init; }

    /// <summary>The site, as written: "120 V, 15 A, 1 circuit".</summary>
    public required string Site { get; init; }
}
