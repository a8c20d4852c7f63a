namespace RigPlan.Core.Market;

/// <summary>What the metric is divided by when ranking.</summary>
public enum RankBasis
{
    /// <summary>Metric per US dollar of the part's price.</summary>
    Dollar,

    /// <summary>Metric per watt of board power.</summary>
    Watt,
}
