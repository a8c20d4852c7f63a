namespace RigPlan.Core.Planning;

/// <summary>How a search ended.</summary>
public enum PlanStatus
{
    /// <summary>The best plan, proven best over the search space.</summary>
    Optimal,

    /// <summary>A plan, but the time limit cut the proof short.</summary>
    Feasible,

    /// <summary>No build meets the requirement.</summary>
    Infeasible,
}
