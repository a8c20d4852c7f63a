using System.Collections.Immutable;

namespace RigPlan.Core.Economics;

/// <summary>Owning against renting: totals, the monthly curves, and the basis of the rent.</summary>
public sealed record TcoResult
{
    /// <summary>Hardware plus electricity minus resale, over the period.</summary>
    public required double OwnTotal { get; init; }

    /// <summary>Hardware cost.</summary>
    public required double Hardware { get; init; }

    /// <summary>Electricity over the period.</summary>
    public required double Electricity { get; init; }

    /// <summary>Resale value credited at the end.</summary>
    public required double Resale { get; init; }

    /// <summary>Renting the same work over the period.</summary>
    public required double RentTotal { get; init; }

    /// <summary>False when the hardware cost leaves out a GPU, so owning cannot be costed.</summary>
    public required bool Complete { get; init; }

    /// <summary>Months until owning costs less than renting so far; null when it never does within the period, or when the cost is incomplete.</summary>
    public double? BreakEvenMonths { get; init; }

    /// <summary>How the rent was priced: "4x H100 SXM5 80GB at $2.69/GPU-hour" or an equivalent-compute sentence.</summary>
    public required string RentBasis { get; init; }

    /// <summary>The rent's source and date.</summary>
    public required string RentSource { get; init; }

    /// <summary>Cumulative cost of owning at the end of each month.</summary>
    public required ImmutableArray<double> OwnByMonth { get; init; }

    /// <summary>Cumulative cost of renting at the end of each month.</summary>
    public required ImmutableArray<double> RentByMonth { get; init; }
}
