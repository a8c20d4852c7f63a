using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Builds;

/// <summary>A build: a site and one or more kinds of node, every part resolved against the catalog.</summary>
public sealed record BuildSpec
{
    /// <summary>The build's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where it plugs in.</summary>
    public required Site Site { get; init; }

    /// <summary>The kinds of node.</summary>
    public required ImmutableArray<NodeSpec> Nodes { get; init; }

    /// <summary>Which prices cost the build: new or used (falling back to the other where one is unknown); null for the lower of the two.</summary>
    public PriceCondition? PriceCondition { get; init; } = Catalog.PriceCondition.New;

    /// <summary>The network between the machines, when the build names one.</summary>
    public NetworkSpec? Network { get; init; }

    /// <summary>Machines in the build.</summary>
    public int MachineCount => Nodes.Sum(n => n.Count);
}
