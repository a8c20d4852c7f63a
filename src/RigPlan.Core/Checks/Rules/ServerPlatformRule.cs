using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>advice.server-platform</c>: four or more GPUs want a server or workstation platform (EPYC, Threadripper, Xeon):
/// desktop CPUs give 20-28 lanes, so four cards share x4 or x8 links, and desktop boards have two or three x16 slots.
/// </summary>
public sealed class ServerPlatformRule : IBuildRule
{
    private static readonly HashSet<string> DesktopSockets = new(StringComparer.OrdinalIgnoreCase) { "AM4", "AM5", "LGA1700", "LGA 1700", "LGA1851", "LGA 1851", "LGA1200" };

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("advice.server-platform", "Four or more GPUs on a server platform", "CPU lane counts in the catalog (desktop 20-28, EPYC/Threadripper PRO 128)");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.GpuCount >= 4 && DesktopSockets.Contains(node.Node.Cpu.Socket))
            {
                var epyc = build.Catalog.Cpus.Where(c => c.PcieLanes >= 128).OrderBy(c => Suggest.SortPrice(build.Catalog, c.Id)).FirstOrDefault();
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Info,
                    Node = node.Name,
                    Message = $"{Fmt.Count(node.Node.GpuCount, "GPU")} on a desktop platform ({node.Node.Cpu.Name}, {node.Node.Cpu.PcieLanes} CPU lanes): the cards share narrow links and the board has few x16 slots",
                    Fix = epyc is null ? "use a server platform (EPYC, Threadripper PRO, Xeon)" : $"use a server platform with 128 lanes, e.g. {Suggest.Name(epyc)}",
                };
            }
        }
    }
}
