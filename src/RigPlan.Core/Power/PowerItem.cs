using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>One line of a power budget: what draws, how many, and how much each.</summary>
/// <param name="What">The part or allowance.</param>
/// <param name="Count">How many in one machine.</param>
/// <param name="Each">Power each.</param>
/// <param name="IsAllowance">True for RigPlan's allowances rather than a catalog figure.</param>
public sealed record PowerItem(string What, int Count, Watts Each, bool IsAllowance)
{
    /// <summary>Power of all of them.</summary>
    public Watts Total => Each * Count;
}
