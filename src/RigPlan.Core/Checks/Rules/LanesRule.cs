using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>pcie.lanes</c>: the CPU lanes the populated CPU-attached slots use against the lanes the CPU provides.</summary>
public sealed class LanesRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("pcie.lanes", "CPU PCIe lanes used against lanes available", "CPU lane counts and board slot wiring in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var used = node.Placement.Placed.Where(p => p.Slot.Attached == LaneSource.Cpu).Sum(p => p.Lanes);
            var available = node.Node.Cpu.PcieLanes * node.Node.CpuCount;
            if (used > available)
            {
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Error,
                    Node = node.Name,
                    Message = $"the cards use {used} CPU lanes, but {node.Node.Cpu.Name} provides {available}; the board disables or narrows slots with this CPU",
                    Fix = "use a CPU with more lanes (EPYC and Threadripper PRO give 128), or fewer cards",
                };
            }
        }
    }
}
