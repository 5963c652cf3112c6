package pl.razem.opensearch.analysis.ukrainian;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.Analysis;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/** Ukrainian analysis with Lucene's Morfologik dictionary lemmatiser: analyzer "ukrainian". */
public class RazemUkrainianPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("ukrainian", UkrainianProvider::new);
    }

    static final class UkrainianProvider extends AbstractIndexAnalyzerProvider<UkrainianMorfologikAnalyzer> {
        private final UkrainianMorfologikAnalyzer analyzer;

        UkrainianProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, name, settings);
            analyzer = new UkrainianMorfologikAnalyzer(
                Analysis.parseStopWords(env, settings, UkrainianMorfologikAnalyzer.getDefaultStopwords()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
        }

        @Override
        public UkrainianMorfologikAnalyzer get() {
            return analyzer;
        }
    }
}
