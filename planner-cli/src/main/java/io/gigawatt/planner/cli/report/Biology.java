package io.gigawatt.planner.cli.report;

/** Figures that set a campus against biology and a known training run (docs/stakeholders/README.md, "Against biology"). */
public final class Biology {

    /** A human brain draws about 20 W. */
    public static final double BRAIN_W = 20;

    /** A whole human body runs on about 97 W (2,000 kcal a day). */
    public static final double BODY_W = 97;

    /** Hours in an average year (365.25 days). */
    public static final double HOURS_PER_YEAR = 8766;

    /** The reference run: Llama 3.1 405B, 30.84 million H100-hours, about 21.6 GWh at 700 W (GPUs only). */
    public static final String REFERENCE_RUN = "Llama 3.1 405B";
    public static final double REFERENCE_GPU_HOURS = 30.84e6;
    public static final double REFERENCE_GWH = 21.6;

    public static final String SOURCE = "human brain ~20 W (Raichle and Gusnard, PNAS 2002,"
            + " https://www.pnas.org/doi/10.1073/pnas.172399499); whole body ~97 W on 2,000 kcal a day (derived);"
            + " Llama 3.1 405B: 30.84M H100-hours at 700 W (https://huggingface.co/meta-llama/Llama-3.1-405B),"
            + " ~21.6 GWh for the GPUs alone (derived)";

    private Biology() {
    }
}
