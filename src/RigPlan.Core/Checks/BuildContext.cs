using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Power;

namespace RigPlan.Core.Checks;

/// <summary>A build being checked: the spec, the catalog (for fixes that name parts), and each node's analysis.</summary>
public sealed class BuildContext
{
    private readonly Lazy<CircuitPlan> _circuits;

    /// <summary>Analyses a build.</summary>
    public BuildContext(BuildSpec build, HardwareCatalog catalog)
    {
        Build = build ?? throw new ArgumentNullException(nameof(build));
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Nodes = [.. build.Nodes.Select(n => new NodeContext(n, build.Site))];
        _circuits = new Lazy<CircuitPlan>(() => CircuitPlan.For(this));
    }

    /// <summary>The build.</summary>
    public BuildSpec Build { get; }

    /// <summary>The catalog the build's parts come from.</summary>
    public HardwareCatalog Catalog { get; }

    /// <summary>Each kind of node, analysed.</summary>
    public ImmutableArray<NodeContext> Nodes { get; }

    /// <summary>How the PSUs spread over the site's circuits.</summary>
    public CircuitPlan Circuits => _circuits.Value;
}
