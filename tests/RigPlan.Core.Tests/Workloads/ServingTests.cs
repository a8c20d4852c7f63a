using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads;

public class ServingTests
{
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Path.Combine(Repo.Root, "data", "models")).Catalog!;
    private static readonly SpeedModel Speed = SpeedModel.Fit(ModelCatalog.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Models, Repo.Catalog)!;

    [Fact]
    public void Of_SmallModelOnFourCards_ServesFourCopies_BigModelTwoCopiesOfTwo()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 4).InBuild();
        var (small, smallTotal) = Serving.Of(build, Models.Model("llama-3-8b")!, Models.Format("q4_k_m")!, Speed, 1);
        var one = Assert.Single(small);
        Assert.Equal((4, 1), (one.Copies, one.GpusPerCopy));
        Assert.Equal(4 * one.TokensPerSecondPerCopy, smallTotal, 9);

        var (big, _) = Serving.Of(build, Models.Model("llama-3-70b")!, Models.Format("q4_k_m")!, Speed, 1);
        Assert.Equal((2, 2), (big[0].Copies, big[0].GpusPerCopy));
    }

    [Fact]
    public void Of_ModelTooLargeForTheNode_ServesNothing()
    {
        var (groups, total) = Serving.Of(new NodeBuilder().Gpu("rtx-3090", 1).InBuild(), Models.Model("llama-3-70b")!, Models.Format("fp16")!, Speed, 1);
        Assert.Equal(0, groups[0].Copies);
        Assert.Equal(0, total);
    }
}
