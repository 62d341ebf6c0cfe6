package org.mnistlab.knime;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of KNIME Base's nodes, which our nodes must not take: a KNIME user searching the node repository, or
 * reading a workflow, cannot tell two nodes of one name apart. Taken from {@code knime/knime-base} at tag
 * {@code analytics-platform/5.7.0}: the {@code <name>} of every {@code *NodeFactory.xml} and the
 * {@code .name("...")} of the nodes declared in code.
 */
final class KnimeBaseNodeNames {

    private KnimeBaseNodeNames() {
    }

    /** One name per line. */
    private static final String NAMES = """
        ARFF Reader
        ARFF Writer
        Active Branch Inverter
        Add Empty Rows
        Auto-Binner
        Auto-Binner (Apply)
        Backward Feature Elimination End
        Backward Feature Elimination Filter
        Backward Feature Elimination Start (1:1)
        Backward Feature Elimination Start (2:2)
        Binner
        Binner (Dictionary)
        Bitvector Generator
        Bootstrap Sampling
        Box Plot (legacy)
        Breakpoint
        CAIM Applier
        CAIM Binner
        CASE Switch Data (End)
        CASE Switch Data (Start)
        CASE Switch End
        CASE Switch Model (End)
        CASE Switch Model (Start)
        CASE Switch Start
        CASE Switch Variable (End)
        CASE Switch Variable (Start)
        CSV Reader
        CSV Writer
        Cache
        Case Converter
        Catch Errors (DB Ports)
        Catch Errors (Data Ports)
        Catch Errors (Generic Ports)
        Catch Errors (Var Ports)
        Category To Number
        Category to Number
        Category to Number (Apply)
        Cell Extractor
        Cell Replacer
        Cell Splitter
        Cell Splitter By Position
        Cell Updater
        Chunk Loop Start
        Cluster Assigner
        Color Appender
        Color Appender (legacy)
        Color Manager
        Color Manager (legacy)
        Column Aggregator
        Column Appender
        Column Auto Type Cast
        Column Combiner
        Column Comparator
        Column Converter
        Column Filter
        Column Filter (PMML)
        Column List Loop Start
        Column Merger
        Column Name Extractor
        Column Name Replacer
        Column Rename
        Column Rename (Regex)
        Column Renamer
        Column Renamer (Dictionary)
        Column Resorter
        Column Splitter
        Column to Grid
        Compress Files/Folder
        Compress Files/Folder (Table)
        Concatenate
        Concatenate (Optional in)
        Conditional Box Plot (legacy)
        Constant Value Column
        Constant Value Column Filter
        Correlation Filter
        Counting Loop Start
        Create Bit Vector
        Create Byte Vector
        Create Collection Column
        Create Date&amp;Time Range
        Create File Name
        Create File/Folder Variables
        Create Folder
        Create Temp Dir
        Create Temp Folder
        Credentials Properties Extractor
        Cross Joiner
        Crosstab
        Data Generator
        Database Apply-Binner
        Database Auto-Binner
        Database Column Filter
        Database Column Rename
        Database Connection Table Reader
        Database Connection Table Writer
        Database Connector
        Database Delete
        Database Drop Table
        Database GroupBy
        Database Joiner
        Database Looping
        Database Numeric-Binner
        Database Pivot
        Database Query
        Database Reader
        Database Row Filter
        Database SQL Executor
        Database Sampling
        Database Sorter
        Database Table Connector
        Database Table Creator
        Database Table Selector
        Database Update
        Database Writer
        Date Modifier
        Date Rounder
        Date Shifter
        Date&Time Difference
        Date&Time Format Manager
        Date&Time Part Extractor
        Date&Time Range Creator
        Date&Time to String
        Date&amp;Time Difference
        Date&amp;Time Shift
        Date&amp;Time to String
        Date&amp;Time to legacy Date&amp;Time
        Date&amp;Time-based Row Filter
        Decision Tree Learner
        Decision Tree Predictor
        Decision Tree to Image
        Decompress Files
        Delete Files/Folders
        Delete Files/Folders (Table)
        Denormalizer
        Denormalizer (PMML)
        Domain Calculator
        Double To Int
        Double to Integer
        Duplicate Row Filter
        Duration (Time-based) to Number
        Duration Format Manager
        Duration Part Extractor
        Duration to Number
        Duration to String
        Edit Nominal Domain
        Edit Nominal Domain (Dictionary)
        Edit Numeric Domain
        Empty Table Replacer
        Empty Table Switch
        End IF
        Entropy Scorer
        Entropy Scorer (deprecated)
        Equal Size Sampling
        Example Data Reader
        Expand Bit Vector
        Expand Byte Vector
        Extract Color
        Extract Context Properties
        Extract Date&amp;Time Fields
        Extract Duration Fields
        Extract Missing Value Cause
        Extract System Properties
        Extract Table Dimension
        Extract Table Spec
        Extract Variables (Data)
        Extract Variables (Database)
        Feature Selection Filter
        Feature Selection Loop End
        Feature Selection Loop Start (1:1)
        File Reader
        File Reader (Complex Format)
        Files/Folders Meta Info
        Filter Apply
        Filter Apply Row Splitter
        Filter Definition Merger
        Fixed Table
        Fixed Width File Reader
        Fuzzy Rule Learner
        Fuzzy Rule Predictor
        Fuzzy c-Means
        Generic Loop Start
        Global Timer Info
        Group Loop Start
        GroupBy
        HiLite Row Collector
        HiLite Row Splitter
        HiLite Table (legacy)
        Hierarchical Clustering
        Histogram (legacy)
        IF Switch
        Image Writer (Port)
        Image Writer (Table Column)
        Image Writer (Table)
        Image to Table
        Inject Variables (Data)
        Inject Variables (Database)
        Interactive HiLite Collector
        Interactive Histogram (legacy)
        Interactive Pie chart (legacy)
        Interactive Table (legacy)
        Interval Loop Start
        Joiner
        Joiner (deprecated)
        K Nearest Neighbor
        Lag Column
        Legacy Date&amp;Time to Date&amp;Time
        Lift Chart (legacy)
        Line Plot (legacy)
        Line Reader
        Linear Correlation
        Linear Regression Learner
        Linear Regression Predictor
        List Files
        List Files/Folders
        Logistic Regression Learner
        Logistic Regression Predictor
        Loop End
        Loop End (2 ports)
        Loop End (Column Append)
        Low Variance Filter
        MDS
        MDS Projection
        Many to One
        Many to One (PMML)
        Merge Variables
        Missing Value
        Missing Value (Apply)
        Missing Value (deprecated)
        Missing Value Column Filter
        Model Reader
        Model Writer
        Modify Date
        Modify Time
        Modify Time Zone
        MultiLayerPerceptron Predictor
        Naive Bayes Learner
        Naive Bayes Predictor
        Nominal Probability Distribution Creator
        Nominal Probability Distribution Editor
        Nominal Probability Distribution Splitter
        Nominal Value Row Filter
        Nominal Value Row Splitter
        Normalizer
        Normalizer (Apply)
        Normalizer (PMML)
        Normalizer (deprecated)
        Normalizer Apply (PMML)
        Number Format Manager
        Number Rounder
        Number To String
        Number To String (PMML)
        Number to Category (Apply)
        Number to String
        Number to String (PMML)
        Numeric Binner
        Numeric Binner (PMML)
        Numeric Row Splitter
        Numeric Scorer
        One to Many
        One to Many (PMML)
        PCA
        PCA Apply
        PCA Compute
        PCA Inversion
        PMML K Nearest Neighbor Converter
        PMML Reader
        PMML Writer
        PNN Learner (DDA)
        PNN Predictor
        Parallel Coordinates (deprecated)
        Parallel Coordinates (legacy)
        Parameterized Database Query
        Path to String
        Path to String (Variable)
        Path to URI
        Pie chart (legacy)
        Pivot
        Pivoting (deprecated)
        Polynomial Regression Learner
        Polynomial Regression Predictor
        ROC Curve (legacy)
        RProp MLP Learner
        Rank
        Read PNG Images
        Recursive Loop End
        Recursive Loop End (2 ports)
        Recursive Loop Start
        Recursive Loop Start (2 ports)
        Reference Column Filter
        Reference Column Resorter
        Reference Column Splitter
        Reference Row Filter
        Reference Row Splitter
        Regression Predictor
        Row Aggregator
        Row Filter
        Row Filter (Labs)
        Row Filter (deprecated)
        Row Sampler
        Row Splitter
        Row Splitter (Labs)
        Row Splitter (deprecated)
        Row to Column Names
        RowID
        Rule Engine
        Rule2DPlotter
        SMOTE
        SOTA Learner
        SOTA Learner (deprecated)
        SOTA Predictor
        SQL Extract
        SQL Inject
        SVM Learner
        SVM Predictor
        Save Workflow
        Scatter Matrix (legacy)
        Scatter Plot (legacy)
        Scatterplot (deprecated)
        Scorer
        Scorer (deprecated)
        Send Email
        Set Files/Folders Permissions
        Set Operator
        Shape Appender
        Shape Manager
        Shuffle
        Simple File Reader
        Size Appender
        Size Manager
        Size Manager (legacy)
        Sorter
        Split Collection Column
        Statistics
        Statistics View
        String Cleaner
        String Format Manager
        String Replace (Dictionary)
        String Replacer
        String Replacer (Dictionary)
        String Splitter (Regex)
        String To Number
        String To Number (PMML)
        String to Date&Time
        String to Date&amp;Time
        String to Duration
        String to Number
        String to Number (PMML)
        String to Path
        String to Path (Variable)
        Subset Matcher
        Table Column to Variable
        Table Creator
        Table Cropper
        Table Difference Finder
        Table Manipulator
        Table Partitioner
        Table Reader
        Table Row To Variable Loop Start
        Table Row to Variable
        Table Row to Variable Loop Start
        Table Splitter
        Table Structure Creator
        Table Transposer
        Table Updater
        Table Validator
        Table Validator (Reference)
        Table Writer
        Table to Image
        Target Shuffling
        Time Modifier
        Time Rounder
        Time Shifter
        Time Zone Modifier
        Timer Info
        Top k Row Filter
        Transfer Files
        Transfer Files (Table)
        Try (Data Ports)
        Try (Variable Ports)
        UNIX Timestamp to Date&Time
        UNIX Timestamp to Date&amp;Time
        Ungroup
        Unpivot
        Unpivoting
        Value Counter
        Value Lookup
        Variable Based File Reader
        Variable Condition Loop End
        Variable Creator
        Variable Filter
        Variable Loop End
        Variable to Credentials
        Variable to Table Column
        Variable to Table Row
        Variable to Table column
        Wait...
        Window Loop Start
        Write PNG Image
        X-Aggregator
        XML to PMML
        k-Means
        """;

    /** @return the names */
    static Set<String> all() {
        return NAMES.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
