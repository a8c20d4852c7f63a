using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Costs;

namespace RigPlan.Core.Checks;

/// <summary>The checker's verdict on a build: every finding (errors first), the summary, and the bill of materials.</summary>
public sealed record CheckReport
{
    /// <summary>The build checked.</summary>
    public required BuildSpec Build { get; init; }

    /// <summary>Findings, errors first, then warnings, then advice.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>The summary figures.</summary>
    public required BuildSummary Summary { get; init; }

    /// <summary>The bill of materials.</summary>
    public required BillOfMaterials Bom { get; init; }

    /// <summary>The analysed build (placements, power), for callers that show more.</summary>
    public required BuildContext Context { get; init; }

    /// <summary>True when no finding is an error.</summary>
    public bool Passes => Findings.All(f => f.Severity != Severity.Error);

    /// <summary>Findings of one severity.</summary>
    public IEnumerable<Finding> Of(Severity severity) => Findings.Where(f => f.Severity == severity);
}
