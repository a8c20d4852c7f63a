using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>One circuit and the units on it.</summary>
public sealed record CircuitLoad(int Number, ImmutableArray<PsuUnit> Units)
{
    /// <summary>Wall draw of everything on the circuit.</summary>
    public Watts Wall => Units.Aggregate(Watts.Zero, (s, u) => s + u.Wall);
}
