using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>
/// The links that carry the gradient all-reduce between the GPUs of a node: NVLink within groups (an 8-GPU baseboard, or
/// a bridged pair of PCIe cards) and PCIe between groups, or PCIe alone.
/// </summary>
/// <param name="Name">"NVLink", "PCIe 4.0 x16", "NVLink + PCIe 5.0 x16", ...</param>
/// <param name="GBps">Bandwidth per GPU per direction on the first level, GB/s.</param>
/// <param name="GroupSize">GPUs joined by the first level.</param>
/// <param name="Groups">Groups, joined by PCIe.</param>
/// <param name="CrossGBps">PCIe bandwidth per GPU per direction between groups, GB/s (unused with one group).</param>
/// <param name="Why">One line on why these links and these figures.</param>
public sealed record GradientLink(string Name, double GBps, int GroupSize, int Groups, double CrossGBps, string Why)
{
    /// <summary>PCIe bandwidth per lane per direction, GB/s, by generation (8, 16, 32 and 64 GT/s).</summary>
    private static readonly Dictionary<int, double> PcieLaneGBps = new() { [3] = 0.985, [4] = 1.969, [5] = 3.938, [6] = 7.563 };

    /// <summary>
    /// Ring all-reduce time for <paramref name="bytes"/>: 2 x (m-1)/m x bytes over the first level (m GPUs per group), then,
    /// hierarchically, 2 x (g-1)/g x bytes/m between the g groups, each GPU carrying its 1/m share over its own PCIe link.
    /// </summary>
    public double AllReduceSeconds(double bytes)
    {
        var within = 2.0 * (GroupSize - 1) / GroupSize * bytes / (GBps * 1e9);
        var across = Groups > 1 ? 2.0 * (Groups - 1) / Groups * bytes / GroupSize / (CrossGBps * 1e9) : 0;
        return within + across;
    }

    /// <summary>
    /// The links for these GPUs: NVLink (Infinity Fabric on AMD) when every GPU has it, in groups of 8 on SXM/OAM
    /// baseboards or 2 for PCIe cards joined by bridges, at half the catalog's bidirectional figure; PCIe at the narrowest
    /// card's generation and lanes otherwise and between groups, halved for cards without peer-to-peer, whose traffic is
    /// staged through host memory. Null for one GPU.
    /// </summary>
    public static GradientLink? Within(IReadOnlyList<Gpu> gpus)
    {
        ArgumentNullException.ThrowIfNull(gpus);
        if (gpus.Count < 2)
        {
            return null;
        }

        var slowest = gpus.MinBy(g => PcieLaneGBps.GetValueOrDefault(g.PcieGen ?? 3, 0.985) * (g.PcieLanes ?? 16))!;
        var gen = slowest.PcieGen ?? 3;
        var lanes = slowest.PcieLanes ?? 16;
        var p2p = gpus.All(g => g.PeerToPeer == true);
        var pcie = PcieLaneGBps.GetValueOrDefault(gen, 0.985) * lanes / (p2p ? 1 : 2);
        var pcieName = $"PCIe {gen}.0 x{lanes}";
        var pcieWhy = p2p ? $"{pcieName}, {pcie:0.#} GB/s per direction" : $"{pcieName} without peer-to-peer (staged through host memory), {pcie:0.#} GB/s per direction";
        if (!gpus.All(g => g.NvLink is { Value: > 0 }))
        {
            return new GradientLink(pcieName, pcie, gpus.Count, 1, pcie, pcieWhy);
        }

        var domain = gpus.All(g => g.FormFactor != GpuFormFactor.Pcie) ? 8 : 2;
        var nvlink = gpus.Min(g => g.NvLink!.Value.Value) / 2;
        var fabric = gpus[0].Vendor == "AMD" ? "Infinity Fabric" : "NVLink";
        var groupName = domain == 8 ? "baseboard" : "bridged pair";
        if (gpus.Count <= domain)
        {
            return new GradientLink(fabric, nvlink, gpus.Count, 1, pcie, domain == 8 ? $"{gpus.Count} GPUs on one {fabric} {groupName}, {nvlink:0.#} GB/s per direction" : $"a {groupName}, {nvlink:0.#} GB/s per direction");
        }

        var groups = (gpus.Count + domain - 1) / domain;
        return new GradientLink($"{fabric} + {pcieName}", nvlink, domain, groups, pcie, $"{fabric} within each {groupName} ({nvlink:0.#} GB/s per direction), {groups} of them joined by {pcieWhy}");
    }
}
