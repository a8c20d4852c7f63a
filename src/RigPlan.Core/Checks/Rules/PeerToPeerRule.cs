namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>advice.p2p</c>: how GPUs in one machine talk: NVLink where the model has it, PCIe peer-to-peer where the stock
/// driver allows it, else through host memory (GeForce RTX 40/50 have neither).
/// </summary>
public sealed class PeerToPeerRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("advice.p2p", "NVLink and PCIe peer-to-peer between GPUs", "NVLink bandwidth and the p2p column in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.GpuCount < 2)
            {
                continue;
            }

            foreach (var group in node.Node.Gpus.DistinctBy(g => g.Gpu.Id))
            {
                var gpu = group.Gpu;
                if (gpu.NvLink is { Value: > 0 } link && gpu.FormFactor == Catalog.GpuFormFactor.Pcie)
                {
                    yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"{gpu.Name} supports NVLink bridges ({link.Value:0.#} GB/s between a pair)", Fix = "an NVLink bridge joins a pair of cards; buy the bridge whose spacing matches the slots the pair sits in" };
                }

                if (gpu.PeerToPeer == false)
                {
                    yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"{gpu.Name}: PCIe peer-to-peer is not enabled by the stock driver, so GPU-to-GPU transfers go through host memory (slower all-reduce for multi-GPU training)", Fix = gpu.NvLink is { Value: > 0 } ? "use NVLink bridges" : "expect data-parallel training to scale below linear; workstation or datacenter cards support P2P" };
                }
            }
        }
    }
}
