using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public class PowerLimitModelTests
{
    private static readonly PowerLimitModel Fitted = PowerLimitModel.Fit(TrainingTables.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Repo.Catalog)!;

    [Fact]
    public void Fit_Rtx3070Sweep_GivesASmallExponent()
    {
        // RTX 3070 ResNet-50: 84 % (FP16) and 79 % (FP32) of full speed at 100 W of 220 W.
        Assert.InRange(Fitted.Alpha, 0.1, 0.4);
        Assert.Equal(10, Fitted.Points.Length);
        Assert.True(Fitted.MedianError < 0.05, $"{Fitted.MedianError:P1}");
    }

    [Theory]
    [InlineData(350, 1.0)]
    [InlineData(400, 1.0)]
    public void ComputeFraction_AtOrAboveTdp_IsOne(double watts, double expected)
    {
        Assert.Equal(expected, Fitted.ComputeFraction(watts, 350));
    }

    [Fact]
    public void ComputeFraction_LowerLimit_NeverFaster()
    {
        var previous = 0.0;
        for (var w = 10; w <= 450; w += 10)
        {
            var f = Fitted.ComputeFraction(w, 350);
            Assert.True(f >= previous);
            previous = f;
        }
    }

    [Fact]
    public void DecodeFraction_IsUnaffected()
    {
        Assert.Equal(1, PowerLimitModel.DecodeFraction(200, 350));
    }
}
