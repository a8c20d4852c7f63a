using RigPlan.Core.Catalog;

namespace RigPlan.Core.Market;

/// <summary>One GPU in a ranking: its metric, its price, and the ratios.</summary>
public sealed record GpuRankRow
{
    /// <summary>1-based rank, or null for a GPU that cannot be ranked (no price, or no figure).</summary>
    public int? Rank { get; init; }

    /// <summary>The GPU model.</summary>
    public required Gpu Gpu { get; init; }

    /// <summary>The metric's value, or null when the catalog does not know it.</summary>
    public double? MetricValue { get; init; }

    /// <summary>The price used, or null when none is known.</summary>
    public PriceQuote? Price { get; init; }

    /// <summary>Metric per US dollar.</summary>
    public double? PerUsd { get; init; }

    /// <summary>Metric per watt of board power.</summary>
    public double? PerWatt { get; init; }

    /// <summary>True when no other GPU in the ranking is both cheaper (or equal) and better (or equal).</summary>
    public bool OnFrontier { get; init; }
}
