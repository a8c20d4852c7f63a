using System.Collections.Immutable;

namespace RigPlan.Core.Planning;

/// <summary>The outcome of planning: the best plan (or why there is none), alternatives, and how the search went.</summary>
public sealed record PlanResult
{
    /// <summary>How the search ended.</summary>
    public required PlanStatus Status { get; init; }

    /// <summary>The best plan found.</summary>
    public Plan? Best { get; init; }

    /// <summary>The next-best distinct plans (different GPU model, count or platform), best first.</summary>
    public ImmutableArray<Plan> Alternatives { get; init; } = [];

    /// <summary>Plans on the cost against TFLOPS frontier, cheapest first, when asked for.</summary>
    public ImmutableArray<Plan> Pareto { get; init; } = [];

    /// <summary>With --pareto: every GPU choice's best plan (the frontier is drawn from these).</summary>
    public ImmutableArray<Plan> PairBests { get; init; } = [];

    /// <summary>Why no plan exists, and the nearest relaxation that has one.</summary>
    public string? Explanation { get; init; }

    /// <summary>When the time limit cut the search: the best objective value not yet ruled out.</summary>
    public double? Bound { get; init; }

    /// <summary>Time spent searching, milliseconds.</summary>
    public double SolveMs { get; init; }

    /// <summary>Candidate builds the checker examined.</summary>
    public int Checked { get; init; }

    /// <summary>(GPU option, count) choices the search had to open; the rest were pruned by their bound.</summary>
    public int PairsExplored { get; init; }

    /// <summary>(GPU option, count) choices that meet the GPU-only requirements.</summary>
    public int Pairs { get; init; }

    /// <summary>Parts left out of the search because no price is known in the chosen condition.</summary>
    public int UnpricedParts { get; init; }

    /// <summary>When the node count was chosen: the counts tried (the plan's is the best of them).</summary>
    public System.Collections.Immutable.ImmutableArray<int> NodeCountsTried { get; init; } = [];

    /// <summary>True when the node count was chosen and two kinds of node beat every split into identical nodes.</summary>
    public bool MixedNodes { get; init; }

    /// <summary>The solver's name.</summary>
    public required string Solver { get; init; }
}
