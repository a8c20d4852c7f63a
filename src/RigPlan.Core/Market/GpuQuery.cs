using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Market;

/// <summary>Which GPUs to rank, by what, and at which prices.</summary>
public sealed record GpuQuery
{
    /// <summary>Least memory per GPU.</summary>
    public Gigabytes? MinVram { get; init; }

    /// <summary>Only this vendor (NVIDIA, AMD).</summary>
    public string? Vendor { get; init; }

    /// <summary>Only this form factor.</summary>
    public GpuFormFactor? FormFactor { get; init; }

    /// <summary>Only this segment (consumer, workstation, datacenter).</summary>
    public string? Segment { get; init; }

    /// <summary>Rank at used-market prices instead of new.</summary>
    public bool Used { get; init; }

    /// <summary>The figure ranked.</summary>
    public GpuMetric Metric { get; init; } = GpuMetric.Bf16;

    /// <summary>What the figure is divided by.</summary>
    public RankBasis Per { get; init; } = RankBasis.Dollar;

    /// <summary>The price condition this query ranks at.</summary>
    public PriceCondition Condition => Used ? PriceCondition.Used : PriceCondition.New;
}
