using RigPlan.Core.Builds;
using RigPlan.Core.Pcie;
using RigPlan.Core.Power;
using RigPlan.Core.Units;

namespace RigPlan.Core.Checks;

/// <summary>A node with what the rules share about it, computed once: its power budget, PSU capacity and slot placement.</summary>
public sealed class NodeContext
{
    private readonly Lazy<SlotPlacement> _placement;

    /// <summary>Analyses a node at a site.</summary>
    public NodeContext(NodeSpec node, Site site)
    {
        Node = node ?? throw new ArgumentNullException(nameof(node));
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Power = PowerBudget.For(node);
        var capacities = node.Psus.Select(g => (Group: g, Each: PsuRatings.Capacity(g.Part, site))).ToList();
        UnknownCapacity = capacities.Any(c => c.Each is null);
        PsuCapacity = capacities.Aggregate(Watts.Zero, (sum, c) => sum + ((c.Each ?? Watts.Zero) * c.Group.Count));
        _placement = new Lazy<SlotPlacement>(() => SlotPlanner.Place(node));
    }

    /// <summary>The node.</summary>
    public NodeSpec Node { get; }

    /// <summary>The site.</summary>
    public Site Site { get; }

    /// <summary>The node's name.</summary>
    public string Name => Node.Name;

    /// <summary>DC load at full load.</summary>
    public PowerBudget Power { get; }

    /// <summary>Total PSU output at the site's voltage (units whose rating there is unknown count zero).</summary>
    public Watts PsuCapacity { get; }

    /// <summary>True when some PSU's rating at the site's voltage is unknown.</summary>
    public bool UnknownCapacity { get; }

    /// <summary>Where the cards sit.</summary>
    public SlotPlacement Placement => _placement.Value;

    /// <summary>PSU units in one machine.</summary>
    public int PsuUnits => Node.Psus.Sum(p => p.Count);
}
