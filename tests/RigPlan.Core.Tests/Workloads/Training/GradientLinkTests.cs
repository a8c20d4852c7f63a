using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public class GradientLinkTests
{
    private static Gpu Gpu(string id) => (Gpu)Repo.Catalog.Find(id)!;

    private static List<Gpu> Many(string id, int n) => [.. Enumerable.Repeat(Gpu(id), n)];

    [Fact]
    public void Within_OneGpu_IsNull()
    {
        Assert.Null(GradientLink.Within(Many("rtx-4090", 1)));
    }

    [Fact]
    public void Within_SxmBaseboard_UsesHalfTheBidirectionalNvLink()
    {
        var link = GradientLink.Within(Many("a100-sxm4-80gb", 8))!;
        Assert.Equal("NVLink", link.Name);
        Assert.Equal(300, link.GBps);

        // Ring all-reduce: 2 x 7/8 x 16 GB over 300 GB/s.
        Assert.Equal(2.0 * 7 / 8 * 16e9 / 300e9, link.AllReduceSeconds(16e9), 9);
    }

    [Fact]
    public void Within_GeForceWithoutPeerToPeer_HalvesPcie()
    {
        var link = GradientLink.Within(Many("rtx-4090", 2))!;
        Assert.Equal("PCIe 4.0 x16", link.Name);
        Assert.Equal(1.969 * 16 / 2, link.GBps, 6);
    }

    [Fact]
    public void Within_FourBridgedCards_IsNvLinkPairsJoinedByPcie()
    {
        var link = GradientLink.Within(Many("rtx-3090", 4))!;
        Assert.Equal(2, link.GroupSize);
        Assert.Equal(2, link.Groups);
        Assert.StartsWith("NVLink + PCIe", link.Name, StringComparison.Ordinal);

        // Pairs over NVLink (56.25 GB/s), then each GPU's half of the data between the pairs over PCIe (15.75 GB/s).
        var expected = (2.0 * 1 / 2 * 1e9 / 56.25e9) + (2.0 * 1 / 2 * 1e9 / 2 / (1.969 * 16 / 2 * 1e9));
        Assert.Equal(expected, link.AllReduceSeconds(1e9), 9);
    }
}
