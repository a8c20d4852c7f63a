using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>The link that carries the gradient all-reduce between the GPUs of a node, and its bandwidth per direction.</summary>
/// <param name="Name">"NVLink", "PCIe 4.0 x16", ...</param>
/// <param name="GBps">Bandwidth per GPU per direction, GB/s.</param>
/// <param name="Why">One line on why this link and this figure.</param>
public sealed record GradientLink(string Name, double GBps, string Why)
{
    /// <summary>PCIe bandwidth per lane per direction, GB/s, by generation (8, 16 and 32 GT/s with 128b/130b encoding).</summary>
    private static readonly Dictionary<int, double> PcieLaneGBps = new() { [3] = 0.985, [4] = 1.969, [5] = 3.938, [6] = 7.563 };

    /// <summary>
    /// The link for these GPUs: NVLink (Infinity Fabric on AMD) when every GPU has it and the count fits its domain (8 on
    /// SXM/OAM baseboards, 2 for PCIe cards joined by bridges), at half the catalog's bidirectional figure; else PCIe at the
    /// narrowest card's generation and lanes, halved for cards without peer-to-peer, whose traffic is staged through host
    /// memory. Null for one GPU.
    /// </summary>
    public static GradientLink? Within(IReadOnlyList<Gpu> gpus)
    {
        ArgumentNullException.ThrowIfNull(gpus);
        if (gpus.Count < 2)
        {
            return null;
        }

        var domain = gpus.All(g => g.FormFactor != GpuFormFactor.Pcie) ? 8 : 2;
        if (gpus.All(g => g.NvLink is { Value: > 0 }) && gpus.Count <= domain)
        {
            var nvlink = gpus.Min(g => g.NvLink!.Value.Value) / 2;
            return new GradientLink(gpus[0].Vendor == "AMD" ? "Infinity Fabric" : "NVLink", nvlink, domain == 8 ? $"{gpus.Count} GPUs on one baseboard (up to 8 share NVLink), {nvlink:0.#} GB/s per direction" : $"a bridged pair, {nvlink:0.#} GB/s per direction");
        }

        var slowest = gpus.MinBy(g => PcieLaneGBps.GetValueOrDefault(g.PcieGen ?? 3, 0.985) * (g.PcieLanes ?? 16))!;
        var gen = slowest.PcieGen ?? 3;
        var lanes = slowest.PcieLanes ?? 16;
        var pcie = PcieLaneGBps.GetValueOrDefault(gen, 0.985) * lanes;
        var p2p = gpus.All(g => g.PeerToPeer == true);
        var bandwidth = p2p ? pcie : pcie / 2;
        var why = p2p ? $"PCIe {gen}.0 x{lanes}, {bandwidth:0.#} GB/s per direction" : $"PCIe {gen}.0 x{lanes} without peer-to-peer (staged through host memory), {bandwidth:0.#} GB/s per direction";
        return new GradientLink($"PCIe {gen}.0 x{lanes}", bandwidth, why);
    }
}
