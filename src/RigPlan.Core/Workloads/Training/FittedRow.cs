using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>A measurement used by the training speed fit, with the model's prediction for it (both in samples per second).</summary>
/// <param name="Measurement">The published row.</param>
/// <param name="Workload">Its workload.</param>
/// <param name="Gpu">Its GPU, resolved in the catalog.</param>
/// <param name="Measured">The measured total, samples per second.</param>
/// <param name="Predicted">The fitted model's total, samples per second.</param>
public sealed record FittedRow(TrainMeasurement Measurement, TrainWorkload Workload, Gpu Gpu, double Measured, double Predicted);
