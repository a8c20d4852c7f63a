using RigPlan.Core.Catalog;
using RigPlan.Core.Network;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>network.fabric</c>: the machines of a cluster need a way to reach each other. Two can be cabled back to back;
/// three or more need a switch with a port for each (less two per link between switches), speaking a protocol every
/// machine has a port for. Reports the rate the links run at: the slower of the machine's port and the switch's.
/// </summary>
public sealed class FabricRule : IBuildRule
{
    /// <summary>The rule's id.</summary>
    public const string Id = "network.fabric";

    /// <inheritdoc />
    public RuleInfo Info { get; } = new(Id, "A switch with a port for every machine, in a protocol they all speak", "switch port counts and speeds, NIC protocols in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (Fabric.Of(build.Build) is not { } fabric)
        {
            yield break;
        }

        var network = build.Build.Network;
        if (network?.Switch is not { } sw)
        {
            if (fabric.Machines == 2)
            {
                yield return Make(Severity.Info, fabric.Describe() + "; no switch is needed", null);
                yield break;
            }

            var suggestion = Fabric.SwitchesFor(build.Catalog.Switches, fabric.Machines, NetworkRule.MinimumGbps, "ethernet", id => build.Catalog.NewElseUsed(id)?.Price.Value);
            yield return Make(Severity.Warning, $"{fabric.Machines} machines need a switch to reach each other; the build names none", suggestion is not { } s
                ? $"add a network section with a switch of {fabric.Machines} or more ports (see docs/build-file.md)"
                : $"add network: {{ switch: {s.Switch.Id}{(s.Count > 1 ? $", count: {s.Count}" : "")} }} ({s.Switch.Name}, {s.Switch.Ports}x {s.Switch.PortSpeed.Value:0.#} Gb/s)");
            yield break;
        }

        if (network.MachinePorts < fabric.Machines)
        {
            var need = (int)Math.Ceiling((fabric.Machines - 2.0) / (sw.Ports - 2.0));
            yield return Make(Severity.Error, $"{network.SwitchCount}x {sw.Name} offers {network.MachinePorts} ports for {fabric.Machines} machines", sw.Ports > 2 && need <= 64 ? $"use count: {Math.Max(need, network.SwitchCount + 1)} or a switch with {fabric.Machines} or more ports" : $"use a switch with {fabric.Machines} or more ports");
        }

        foreach (var node in build.Nodes.Where(n => Fabric.PortGbps(n.Node, sw.Protocol) <= 0))
        {
            var nic = build.Catalog.Nics.Where(n => Fabric.Speaks(n.Protocol, sw.Protocol)).OrderBy(n => Suggest.SortPrice(build.Catalog, n.Id)).FirstOrDefault();
            yield return Make(Severity.Error, $"{node.Name} has no {sw.Protocol} port for {sw.Name}", nic is null ? $"add a {sw.Protocol} NIC" : $"add a NIC such as {Suggest.Name(nic)}", node.Name);
        }

        if (fabric.LinkGbps > 0)
        {
            yield return Make(Severity.Info, fabric.Describe(), null);
        }
    }

    private Finding Make(Severity severity, string message, string? fix, string? node = null) =>
        new() { Rule = Info.Id, Severity = severity, Message = message, Fix = fix, Node = node ?? "network" };
}
