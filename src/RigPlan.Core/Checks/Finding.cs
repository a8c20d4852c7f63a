namespace RigPlan.Core.Checks;

/// <summary>One problem or piece of advice about a build: which rule, how serious, the numbers behind it, and the fix.</summary>
public sealed record Finding
{
    /// <summary>The rule's stable id (<c>power.psu-capacity</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What is wrong, with the numbers.</summary>
    public required string Message { get; init; }

    /// <summary>A concrete change that resolves it; null for plain information.</summary>
    public string? Fix { get; init; }

    /// <summary>The node it concerns; null for the whole build.</summary>
    public string? Node { get; init; }
}
