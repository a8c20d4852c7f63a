namespace RigPlan.Core.Workloads.Training;

/// <summary>A measurement at a reduced power limit against the same run at full power.</summary>
/// <param name="Measurement">The reduced-power row.</param>
/// <param name="LimitOverTdp">Its power limit over the GPU's TDP.</param>
/// <param name="Kept">Measured throughput over the full-power row's.</param>
/// <param name="Predicted">The fitted model's fraction.</param>
public sealed record PowerLimitPoint(TrainMeasurement Measurement, double LimitOverTdp, double Kept, double Predicted);
