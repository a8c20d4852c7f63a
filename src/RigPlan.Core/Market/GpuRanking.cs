using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Market;

/// <summary>The result of ranking GPUs: rows in ranked order (unrankable ones last) and what they were ranked by.</summary>
public sealed record GpuRanking
{
    /// <summary>The query.</summary>
    public required GpuQuery Query { get; init; }

    /// <summary>Ranked rows first, then GPUs without a price or figure.</summary>
    public required ImmutableArray<GpuRankRow> Rows { get; init; }

    /// <summary>The metric's unit (TFLOPS, TOPS, GB/s, GB).</summary>
    public string Unit => GpuRanker.Unit(Query.Metric);

    /// <summary>A short label for the metric.</summary>
    public string Label => GpuRanker.Label(Query.Metric);
}
