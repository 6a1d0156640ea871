<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>BasemapTr</name>
    <message>
        <source>The background map %1 does not exist.</source>
        <translation>배경지도 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …).</source>
        <translation>%1은(는) GDAL이 읽을 수 있는 래스터 이미지(GeoTIFF, MBTiles, VRT, …)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …): %2</source>
        <translation>%1은(는) GDAL이 읽을 수 있는 래스터 이미지(GeoTIFF, MBTiles, VRT, …)가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not georeferenced, so it cannot be placed under the map.</source>
        <translation>%1에 지리참조 정보가 없어 지도 아래에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system, so it cannot be reprojected.</source>
        <translation>%1에 좌표계 정보가 없어 좌표 변환(재투영)을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the colours of %1: %2</source>
        <translation>%1의 색상을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot draw the background map %1: %2</source>
        <translation>배경지도 %1을(를) 그릴 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DbTr</name>
    <message>
        <source>Unknown aggregate &quot;%1&quot; (sum, avg, min, max, count).</source>
        <translation>알 수 없는 집계 함수 &quot;%1&quot;입니다(sum, avg, min, max, count 중 하나를 쓰십시오).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 테이블 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid column name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 열 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no table &quot;%2&quot;.</source>
        <translation>%1에 테이블 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; in %2 has no column &quot;%3&quot;.</source>
        <translation>%2의 테이블 &quot;%1&quot;에 열 &quot;%3&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; in %2 has no numeric column to import.</source>
        <translation>%2의 테이블 &quot;%1&quot;에 가져올 숫자 열이 없습니다.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of table &quot;%2&quot; is not numeric.</source>
        <translation>테이블 &quot;%2&quot;의 열 &quot;%1&quot;은(는) 숫자 열이 아닙니다.</translation>
    </message>
    <message>
        <source>The database query on %1 failed: %2</source>
        <translation>%1의 데이터베이스 쿼리에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 (aggregated in the database)</source>
        <translation>%3의 %2 %1(데이터베이스에서 집계)</translation>
    </message>
    <message>
        <source>%1: rows with an empty unit code were skipped.</source>
        <translation>%1: 단위 코드가 비어 있는 행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;: unit %2 and time %3 appear twice after normalising the codes.</source>
        <translation>테이블 &quot;%1&quot;: 코드를 정규화하고 나니 단위 %2, 시간 %3이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>%1: the time values (e.g. &quot;%2&quot;) are not in a known format.</source>
        <translation>%1: 시간 값(예: &quot;%2&quot;)이 알려진 형식이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ExportTr</name>
    <message>
        <source>Estimated by a model, not measured.</source>
        <translation>실측값이 아니라 모형으로 추정한 값입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Counts of %1 or fewer people are suppressed (privacy rule): %n value(s).</source>
        <translation>
            <numerusform>%1명 이하의 인원 수는 비공개 처리했습니다(개인정보 보호 규칙): 값 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The privacy rule is off: small counts are not suppressed.</source>
        <translation>개인정보 보호 규칙이 꺼져 있어 적은 인원 수도 비공개 처리하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) masked by the publisher.</source>
        <translation>
            <numerusform>자료 제공기관이 비공개한 값이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>StoreTr</name>
    <message>
        <source>&quot;%1&quot; is a measure layer, not a feature layer.</source>
        <translation>&quot;%1&quot;은(는) 피처 레이어가 아니라 측정값 레이어입니다.</translation>
    </message>
    <message>
        <source>Cannot write to the project</source>
        <translation>프로젝트에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot create layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot register layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 등록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot;: the field list does not match the data.</source>
        <translation>레이어 &quot;%1&quot;: 필드 목록이 자료와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot remove layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot change layer &quot;%1&quot;</source>
        <translation>레이어 &quot;%1&quot;을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot reorder layers</source>
        <translation>레이어 순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot reorder layers: %1</source>
        <translation>레이어 순서를 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project has no measure layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 측정값 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create a project: %1</source>
        <translation>프로젝트를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>%1을(를) 열 수 없습니다: 읽을 수 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: it is not a GeoPackage/SQLite file.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: GeoPackage/SQLite 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the file header is incomplete.</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: 파일 머리글이 불완전합니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: it has no dosi_meta/dosi_layers tables.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: dosi_meta/dosi_layers 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: its schema version is missing or invalid.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: 스키마 버전이 없거나 잘못되었습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dosi (project schema %2; this version reads up to schema %3). Please update Dosi to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 Dosi로 저장되었습니다(프로젝트 스키마 %2, 이 버전은 스키마 %3까지 읽을 수 있음). 열려면 Dosi를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from schema %2: %3</source>
        <translation>%1을(를) 스키마 %2에서 업그레이드할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The project has no file name yet: use Save As.</source>
        <translation>프로젝트에 아직 파일 이름이 없습니다. 다른 이름으로 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist.</source>
        <translation>%1을(를) 저장할 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: the file is read-only.</source>
        <translation>%1을(를) 저장할 수 없습니다: 읽기 전용 파일입니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write project metadata</source>
        <translation>프로젝트 메타데이터를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot store the run</source>
        <translation>실행 기록을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>A layer needs a name.</source>
        <translation>레이어에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>%1에 작업 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the values of table &quot;%1&quot; are damaged</source>
        <translation>테이블 &quot;%1&quot;의 값이 손상되었습니다</translation>
    </message>
    <message>
        <source>a measure layer needs at least one field</source>
        <translation>측정값 레이어에는 필드가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>the table has %1 units but %2 times</source>
        <translation>테이블의 단위는 %1개인데 시간은 %2개입니다</translation>
    </message>
    <message>
        <source>the table&apos;s columns differ in length</source>
        <translation>테이블의 열 길이가 서로 다릅니다</translation>
    </message>
    <message>
        <source>unit %1, time %2 appears twice</source>
        <translation>단위 %1, 시간 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>No unit was given for layer &quot;%1&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 단위를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the file ends before its last page.</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: 마지막 페이지 전에 파일이 끝납니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: cannot copy it to %2.</source>
        <translation>%1을(를) 열 수 없습니다: %2(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>프로젝트가 닫혔습니다.</translation>
    </message>
    <message>
        <source>A bookmark needs a name.</source>
        <translation>북마크에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot store bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot remove bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;을(를) 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>The project has no bookmark named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 북마크가 없습니다.</translation>
    </message>
    <message>
        <source>A bookmark named &quot;%1&quot; already exists.</source>
        <translation>이미 &quot;%1&quot;(이)라는 북마크가 있습니다.</translation>
    </message>
    <message>
        <source>Cannot rename bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;의 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>%1 was opened read-only: it cannot be saved.</source>
        <translation>%1은(는) 읽기 전용으로 열려 있어 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>프로젝트에 분석 결과 %1번이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot remove run %1</source>
        <translation>분석 결과 %1번을 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>dosi::Classify</name>
    <message>
        <source>Invalid classification &quot;%1&quot;: the number of classes must be 2 to 9.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 등급 수는 2에서 9 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: the step must be a number of standard deviations between 0 and 3.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 간격은 0에서 3 사이의 표준편차 배수여야 합니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: &quot;%2&quot; is not a number.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: &quot;%2&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: give 1 to 8 break values, e.g. manual:10,20,30.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 경계값을 1~8개 지정하십시오(예: manual:10,20,30).</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: the break values must increase.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 경계값은 커지는 순서여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown classification &quot;%1&quot;: use quantile:N, equal:N, jenks:N, stddev:S or manual:A,B,...</source>
        <translation>알 수 없는 등급 분류 &quot;%1&quot;: quantile:N, equal:N, jenks:N, stddev:S, manual:A,B,... 중 하나를 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>dosi::CodeSystem</name>
    <message>
        <source>MOIS 10-digit code</source>
        <translation>행정안전부 10자리 코드</translation>
    </message>
    <message>
        <source>Seoul 8-digit code</source>
        <translation>서울시 8자리 코드</translation>
    </message>
    <message>
        <source>KOSTAT 7-digit code</source>
        <translation>통계청 7자리 코드</translation>
    </message>
    <message>
        <source>5-digit district code</source>
        <translation>5자리 자치구 코드</translation>
    </message>
    <message>
        <source>unknown code system</source>
        <translation>알 수 없는 코드 체계</translation>
    </message>
</context>
<context>
    <name>dosi::CsvReader</name>
    <message>
        <source>%1: the text encoding &quot;%2&quot; is not supported.</source>
        <translation>%1: 텍스트 인코딩 &quot;%2&quot;은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1은(는) 올바른 %2 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark but is not valid %2 text.</source>
        <translation>%1은(는) 바이트 순서 표식(BOM)으로 시작하지만 올바른 %2 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and this build cannot decode CP949 text.</source>
        <translation>%1은(는) UTF-8이 아니며, 이 빌드는 CP949 텍스트를 해독할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor CP949 (EUC-KR) text; give its encoding explicitly.</source>
        <translation>%1은(는) UTF-8도 CP949(EUC-KR)도 아닙니다. 인코딩을 직접 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty: no header line.</source>
        <translation>%1이(가) 비어 있습니다: 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: not valid UTF-8 text (byte 0x%4); if the file is CP949 (EUC-KR), give that encoding.</source>
        <translation>%1 %2행, %3열: 올바른 UTF-8 텍스트가 아닙니다(바이트 0x%4). 파일이 CP949(EUC-KR)이면 그 인코딩을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (or an Excel .xlsx workbook), not a CSV text file; extract it and import the CSV file inside.</source>
        <translation>%1은(는) CSV 텍스트 파일이 아니라 ZIP 압축 파일(또는 Excel .xlsx 통합 문서)입니다. 압축을 풀고 안에 있는 CSV 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: a quoted field is not closed (is the file cut off?).</source>
        <translation>%1 %2행, %3열: 따옴표로 묶인 필드가 닫히지 않았습니다(파일이 잘렸습니까?).</translation>
    </message>
</context>
<context>
    <name>dosi::DerivedMeasures</name>
    <message>
        <source>&quot;%1&quot; is not a derived measure; known: %2.</source>
        <translation>&quot;%1&quot;은(는) 파생 지표가 아닙니다. 사용할 수 있는 지표: %2.</translation>
    </message>
    <message>
        <source>Cannot derive %1: the layer has no documented age bands (its age_band_1..6 are not defined by the source); only total, male and female are available.</source>
        <translation>%1을(를) 산출할 수 없습니다: 레이어에 정의가 문서화된 연령대가 없습니다(원자료가 age_band_1..6의 구간을 정의하지 않음). total, male, female만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot derive %1: the layer lacks the field(s) %2.</source>
        <translation>%1을(를) 산출할 수 없습니다: 레이어에 필드 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>extinction_risk: %1 row(s) have no people aged 65+ and are left missing.</source>
        <translation>extinction_risk: 65세 이상 인구가 없는 %1개 행은 결측으로 둡니다.</translation>
    </message>
    <message>
        <source>total_bands differs from the published total by up to %1 (unit %2 at %3); the published parts need not sum to the total.</source>
        <translation>total_bands는 공표된 합계와 최대 %1만큼 다릅니다(단위 %2, %3). 공표된 세부 값의 합은 합계와 일치하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>total_bands equals the published total wherever both are known.</source>
        <translation>두 값이 모두 있는 곳에서는 total_bands가 공표된 합계와 같습니다.</translation>
    </message>
    <message>
        <source>The layer has no published total; total is the sum of the 28 age/sex bands.</source>
        <translation>레이어에 공표된 합계가 없으므로 total은 성별·연령대 28개 구간의 합입니다.</translation>
    </message>
    <message>
        <source>total_bands differs from the published total by up to %1 (unit %2); the published parts need not sum to the total.</source>
        <translation>total_bands는 공표된 합계와 최대 %1만큼 다릅니다(단위 %2). 공표된 세부 값의 합은 합계와 일치하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>Total population</source>
        <translation>총인구</translation>
    </message>
    <message>
        <source>Sum of the 28 age/sex bands</source>
        <translation>성별·연령대 28개 구간의 합</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Age 0-14</source>
        <translation>0~14세</translation>
    </message>
    <message>
        <source>Age 15-64</source>
        <translation>15~64세</translation>
    </message>
    <message>
        <source>Age 65 and over</source>
        <translation>65세 이상</translation>
    </message>
    <message>
        <source>Extinction risk index (소멸위험지수)</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <source>The project has no measure layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 측정값 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No measure to derive; known: %1.</source>
        <translation>산출할 지표가 없습니다. 사용할 수 있는 지표: %1.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no hourly or daily time keys to aggregate by %2.</source>
        <translation>레이어 &quot;%1&quot;에 %2 기준으로 집계할 시간대별 또는 일별 시간 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::FlowMap</name>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; is not an origin–destination (movement) layer.</source>
        <translation>레이어 &quot;%1&quot;은(는) 출발지–도착지(OD, 생활이동) 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>OD layer &quot;%1&quot; is not linked to a zone layer, so its flows cannot be placed.</source>
        <translation>OD 레이어 &quot;%1&quot;이(가) 존 레이어와 연결되어 있지 않아 흐름을 지도에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot; (fields: %3).</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다(있는 필드: %3).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no time axis, so time &quot;%2&quot; cannot be chosen.</source>
        <translation>레이어 &quot;%1&quot;에 시간 축이 없어 시간 &quot;%2&quot;을(를) 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The number of flows to show must be 0 (all) or more, not %1.</source>
        <translation>표시할 흐름 수는 %1이(가) 아니라 0(전체) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The minimum volume must be a number of 0 or more.</source>
        <translation>최소 통행량은 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>Estimated (gravity model), not observed</source>
        <translation>추정값(중력모형), 관측값 아님</translation>
    </message>
    <message>
        <source>All %1 flows between zones</source>
        <translation>존 간 흐름 전체 %1개</translation>
    </message>
    <message>
        <source>%1 largest of %2 flows between zones · %3 % of the volume</source>
        <translation>존 간 흐름 %2개 중 상위 %1개 · 전체 통행량의 %3 %</translation>
    </message>
    <message>
        <source>Net inflow (in − out) · %1</source>
        <translation>순유입(유입 − 유출) · %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::Gravity</name>
    <message>
        <source>The gravity model needs at least two zones.</source>
        <translation>중력 모형에는 존이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Zone %1 has a negative or unknown production or attraction.</source>
        <translation>존 %1의 발생량 또는 유인량이 음수이거나 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The zones have no productions.</source>
        <translation>존에 발생량이 없습니다.</translation>
    </message>
    <message>
        <source>Productions (%1) and attractions (%2) must have the same total.</source>
        <translation>발생량 합계(%1)와 유인량 합계(%2)가 같아야 합니다.</translation>
    </message>
    <message>
        <source>None of the observed flows joins two of the model&apos;s zones with a known count, so beta cannot be fitted to them.</source>
        <translation>관측 통행량 가운데 모형의 두 존을 잇고 인원 수가 알려진 것이 없어 beta를 추정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The gravity model did not balance (beta %1): after %2 iterations the largest relative error of the row and column sums is %3.</source>
        <translation>중력 모형이 균형을 이루지 못했습니다(beta %1): %2회 반복한 뒤에도 행·열 합계의 최대 상대 오차가 %3입니다.</translation>
    </message>
    <message>
        <source>A mean trip length of %1 km is too long for these zones: without any distance decay it is %2 km.</source>
        <translation>평균 통행 거리 %1 km는 이 존들에 비해 너무 깁니다: 거리 조락이 전혀 없어도 %2 km입니다.</translation>
    </message>
    <message>
        <source>A mean trip length of %1 km is too short for these zones: even a steep decay gives %2 km.</source>
        <translation>평균 통행 거리 %1 km는 이 존들에 비해 너무 짧습니다: 거리 조락을 가파르게 해도 %2 km입니다.</translation>
    </message>
    <message>
        <source>The distance decay could not be fitted: after %1 steps the mean trip length is %2 km instead of %3 km.</source>
        <translation>거리 조락을 추정하지 못했습니다: %1단계 뒤에도 평균 통행 거리가 %3 km가 아니라 %2 km입니다.</translation>
    </message>
    <message>
        <source>Estimated by a doubly-constrained gravity model (not measured)</source>
        <translation>이중 제약 중력 모형으로 추정한 값(실측값 아님)</translation>
    </message>
    <message>
        <source>The population layer has no field &quot;%1&quot; (it has: %2).</source>
        <translation>인구 레이어에 필드 &quot;%1&quot;이(가) 없습니다(있는 필드: %2).</translation>
    </message>
    <message>
        <source>The population layer has no unit with known values at night (03-05 h) and on weekday afternoons (13-15 h) in the chosen days.</source>
        <translation>인구 레이어에 선택한 날짜의 야간(03-05시) 값과 평일 오후(13-15시) 값이 모두 있는 단위가 없습니다.</translation>
    </message>
    <message>
        <source>Fewer than two population units match a zone of layer &quot;%1&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 존과 일치하는 인구 단위가 두 개 미만입니다.</translation>
    </message>
    <message>
        <source>The daytime population of the matched zones is zero.</source>
        <translation>일치한 존의 주간 인구가 0입니다.</translation>
    </message>
    <message>
        <source>%1 population unit(s) have no zone geometry and are left out: %2</source>
        <translation>인구 단위 %1개는 존 도형이 없어 제외했습니다: %2</translation>
    </message>
    <message>
        <source>%1 population unit(s) lack night or weekday-afternoon values and are left out: %2</source>
        <translation>인구 단위 %1개는 야간 또는 평일 오후 값이 없어 제외했습니다: %2</translation>
    </message>
    <message>
        <source>home-to-work flow (people). %1.</source>
        <translation>집–직장 통행량(명). %1.</translation>
    </message>
    <message>
        <source>straight-line distance between zone centroids (km)</source>
        <translation>존 중심점 사이의 직선거리(km)</translation>
    </message>
</context>
<context>
    <name>dosi::JoinReport</name>
    <message>
        <source>, … (%1 more)</source>
        <translation>, … (외 %1개)</translation>
    </message>
    <message>
        <source>%1 of %2 units matched</source>
        <translation>%2개 단위 중 %1개 일치</translation>
    </message>
    <message>
        <source>1 table code unmatched</source>
        <translation>일치하지 않은 표 코드 1개</translation>
    </message>
    <message>
        <source>%1 table codes unmatched</source>
        <translation>일치하지 않은 표 코드 %1개</translation>
    </message>
    <message>
        <source>1 unit without data</source>
        <translation>자료가 없는 단위 1개</translation>
    </message>
    <message>
        <source>%1 units without data</source>
        <translation>자료가 없는 단위 %1개</translation>
    </message>
</context>
<context>
    <name>dosi::LayerFeatures</name>
    <message>
        <source>Layer &quot;%1&quot; has no polygons to interpolate over.</source>
        <translation>레이어 &quot;%1&quot;에 보간할 폴리곤이 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::LayerSummary</name>
    <message>
        <source>Layer &quot;%1&quot; has no code field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 코드 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 features, %2 distinct codes.</source>
        <translation>피처 %1개, 서로 다른 코드 %2개.</translation>
    </message>
    <message>
        <source>%1 units, %2 times (%3 … %4), %5 records of %6 fields; %7 % masked, %8 % missing.</source>
        <translation>단위 %1개, 시점 %2개(%3 … %4), 필드 %6개의 레코드 %5개. 비공개 %7 %, 결측 %8 %.</translation>
    </message>
    <message>
        <source>Join with &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;과(와) 결합: %2</translation>
    </message>
    <message>
        <source>Not joined to a map layer.</source>
        <translation>지도 레이어와 결합되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; refers to the map layer &quot;%2&quot;, which the project does not have.</source>
        <translation>레이어 &quot;%1&quot;이(가) 지도 레이어 &quot;%2&quot;을(를) 가리키지만 프로젝트에 그 레이어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::MapSymbols</name>
    <message>
        <source>Symbol size</source>
        <translation>기호 크기</translation>
    </message>
</context>
<context>
    <name>dosi::MeasureImport</name>
    <message>
        <source>%1 is not a known living-population file: expected the Seoul 행정동 (기준일ID, 시간대구분, 행정동코드, …), 자치구 (… 자치구코드 …) or 250 m grid (일자, 시간, 행정동코드, 250M격자, …) columns, found: %2</source>
        <translation>%1은(는) 알려진 생활인구 파일이 아닙니다. 서울시 행정동(기준일ID, 시간대구분, 행정동코드, …), 자치구(… 자치구코드 …) 또는 250 m 격자(일자, 시간, 행정동코드, 250M격자, …) 열이 있어야 하는데, 다음 열이 있습니다: %2</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not a date (YYYYMMDD).</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 날짜(YYYYMMDD)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not an hour (00-23).</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 시간대(00-23)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: the code is empty.</source>
        <translation>%1 %2행, 필드 %3: 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not a number.</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2: cell %3 at %4 appears twice for the same 행정동.</source>
        <translation>%1 %2행: 격자 %3(%4)이(가) 같은 행정동에 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>%1 has no data rows.</source>
        <translation>%1에 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 grid cells span several 행정동 with some parts masked (&apos;*&apos;); their values sum the known parts only.</source>
        <translation>%1: 격자 %2개가 여러 행정동에 걸쳐 있고 일부 값이 비공개(&apos;*&apos;)입니다. 이 격자의 값은 알려진 부분만 합한 것입니다.</translation>
    </message>
    <message>
        <source>total living population (t)</source>
        <translation>총 생활인구 (t)</translation>
    </message>
    <message>
        <source>female living population (f)</source>
        <translation>여성 생활인구 (f)</translation>
    </message>
    <message>
        <source>male living population (m)</source>
        <translation>남성 생활인구 (m)</translation>
    </message>
    <message>
        <source>age band %1 as published by the source (bands undocumented)</source>
        <translation>원자료가 공개한 연령대 %1 (구간 정의는 문서화되지 않음)</translation>
    </message>
    <message>
        <source>%1: the first day of the week must be in the file name as &quot;week&quot; followed by YYYYMMDD (e.g. week20190304_whole.json).</source>
        <translation>%1: 파일 이름에 주의 첫날이 &quot;week&quot; 다음에 YYYYMMDD 형식으로 있어야 합니다(예: week20190304_whole.json).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%2번째 바이트): %3</translation>
    </message>
    <message>
        <source>%1 is not a known living-population file: expected a JSON array of records with code_8 and hourly arrays t, f, m, a1…a6.</source>
        <translation>%1은(는) 알려진 생활인구 파일이 아닙니다. code_8과 시간대별 배열 t, f, m, a1…a6을 가진 레코드의 JSON 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 record %2: no code_8.</source>
        <translation>%1 레코드 %2: code_8이 없습니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3): no hourly total &quot;t&quot;.</source>
        <translation>%1 레코드 %2(코드 %3): 시간대별 합계 &quot;t&quot;가 없습니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3), field %4: %5 values instead of %6.</source>
        <translation>%1 레코드 %2(코드 %3), 필드 %4: 값이 %6개가 아니라 %5개입니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3), field %4, hour %5: not a number.</source>
        <translation>%1 레코드 %2(코드 %3), 필드 %4, %5시: 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1에 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>%1: keys not imported: %2</source>
        <translation>%1: 가져오지 않은 키: %2</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1 레코드 %2</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No living-population file was given.</source>
        <translation>생활인구 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has a different format (%2) from %3 (%4); import them separately.</source>
        <translation>%1의 형식(%2)이 %3의 형식(%4)과 다릅니다. 따로 가져오십시오.</translation>
    </message>
    <message>
        <source>%1: unit %2 at %3 appears twice (first at %4).</source>
        <translation>%1: 단위 %2(%3)이(가) 두 번 나옵니다(처음 위치: %4).</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: %4</source>
        <translation>%1 %2행, 필드 %3: %4</translation>
    </message>
    <message>
        <source>%1 has no key column &quot;%2&quot;; its columns are: %3</source>
        <translation>%1에 키 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no time column &quot;%2&quot;; its columns are: %3</source>
        <translation>%1에 시간 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no numeric columns to import besides the key; its columns are: %2</source>
        <translation>%1에는 키 말고 가져올 숫자 열이 없습니다. 열 목록: %2</translation>
    </message>
    <message>
        <source>%1: code columns not imported: %2</source>
        <translation>%1: 가져오지 않은 코드 열: %2</translation>
    </message>
    <message>
        <source>%1: text columns skipped: %2</source>
        <translation>%1: 건너뛴 텍스트 열: %2</translation>
    </message>
    <message>
        <source>%1: empty columns skipped: %2</source>
        <translation>%1: 건너뛴 빈 열: %2</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year, date or quarter.</source>
        <translation>&quot;%1&quot;은(는) 연도, 날짜, 분기가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 but earlier rows hold %3 values.</source>
        <translation>&quot;%1&quot;은(는) %2인데 앞의 행들은 %3 값입니다.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is absent from %3 of %4 records; %5 is left missing there.</source>
        <translation>%1: 레코드 %4개 중 %3개에 &quot;%2&quot;이(가) 없습니다. 해당 레코드의 %5은(는) 결측으로 둡니다.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1을(를) 두 번 이상 지정했습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: unit %3 appears twice (first at line %4).</source>
        <translation>%1 %2행: 단위 %3이(가) 두 번 나옵니다(처음: %4행).</translation>
    </message>
    <message>
        <source>%1 line %2: unit %3 at %4 appears twice (first at line %5).</source>
        <translation>%1 %2행: 단위 %3(%4)이(가) 두 번 나옵니다(처음: %5행).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>dosi::OdImport</name>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <translation>%1 %2행, %3열: %4</translation>
    </message>
    <message>
        <source>%1 line 1: column &quot;%2&quot; is missing (Seoul movement OA-22300 schema); its columns are: %3</source>
        <translation>%1 1행: 열 &quot;%2&quot;이(가) 없습니다(서울 생활이동 OA-22300 스키마). 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the record repeats line %3 exactly (duplicate row).</source>
        <translation>%1 %2행: 레코드가 %3행과 똑같습니다(중복 행).</translation>
    </message>
    <message>
        <source>the origin code is empty.</source>
        <translation>출발지 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>the destination code is empty.</source>
        <translation>도착지 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time code (HH or HHMM, hour 00-23).</source>
        <translation>&quot;%1&quot;은(는) 시간 코드(HH 또는 HHMM, 시 00-23)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYYMMDD).</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYYMMDD)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a movement purpose code (1-7).</source>
        <translation>&quot;%1&quot;은(는) 이동 목적 코드(1-7)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count (a number &gt;= 0 or * for masked).</source>
        <translation>&quot;%1&quot;은(는) 인원 수(0 이상의 숫자 또는 비공개를 뜻하는 *)가 아닙니다.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1에 머리글은 있지만 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 move_dist/move_time values were not numbers and are left out of the mean distance and time.</source>
        <translation>%1: move_dist/move_time 값 %2개가 숫자가 아니어서 평균 거리와 평균 시간 계산에서 제외했습니다.</translation>
    </message>
    <message>
        <source>No movement file given.</source>
        <translation>생활이동 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1을(를) 두 번 지정했습니다.</translation>
    </message>
    <message>
        <source>commute (출근)</source>
        <translation>출근</translation>
    </message>
    <message>
        <source>school (등교)</source>
        <translation>등교</translation>
    </message>
    <message>
        <source>home (귀가)</source>
        <translation>귀가</translation>
    </message>
    <message>
        <source>shopping (쇼핑)</source>
        <translation>쇼핑</translation>
    </message>
    <message>
        <source>tourism (관광)</source>
        <translation>관광</translation>
    </message>
    <message>
        <source>hospital (병원)</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>other (기타)</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>movers, all purposes (cnt; masked parts left out, see masked)</source>
        <translation>전체 목적 이동 인구(cnt, 비공개 부분은 제외, masked 참조)</translation>
    </message>
    <message>
        <source>movers with purpose %1</source>
        <translation>%1 목적 이동 인구</translation>
    </message>
    <message>
        <source>records with a masked count (*) not included in the sums</source>
        <translation>인원 수가 비공개(*)여서 합계에 넣지 않은 레코드 수</translation>
    </message>
    <message>
        <source>mean movement distance in metres (move_dist, weighted by cnt)</source>
        <translation>평균 이동 거리(m, move_dist를 cnt로 가중 평균)</translation>
    </message>
    <message>
        <source>mean movement time in minutes (move_time, weighted by cnt)</source>
        <translation>평균 이동 시간(분, move_time을 cnt로 가중 평균)</translation>
    </message>
    <message>
        <source>%1 record(s) had a masked count (*): each OD cell holds the sum of its known records and counts the masked ones in &quot;masked&quot;; %2 cell(s) are entirely masked.</source>
        <translation>레코드 %1개의 인원 수가 비공개(*)였습니다. 각 OD 셀에는 알려진 레코드의 합을 넣고 비공개 레코드 수는 &quot;masked&quot;에 셉니다. 셀 %2개는 전부 비공개입니다.</translation>
    </message>
    <message>
        <source>%1 line 1: column &quot;%2&quot; is missing; its columns are: %3</source>
        <translation>%1 1행: 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period (YYYYMM month, date, year, quarter or date and hour).</source>
        <translation>&quot;%1&quot;은(는) 기간(YYYYMM 형식의 월, 날짜, 연도, 분기 또는 날짜와 시간)이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 but earlier rows hold %3 values.</source>
        <translation>&quot;%1&quot;은(는) %2인데 앞의 행들은 %3 값입니다.</translation>
    </message>
    <message>
        <source>%1 (masked parts left out, see masked)</source>
        <translation>%1 (비공개 부분은 제외, masked 참조)</translation>
    </message>
    <message>
        <source>records with a masked count (*) not included in count</source>
        <translation>인원 수가 비공개(*)여서 count에 넣지 않은 레코드 수</translation>
    </message>
    <message>
        <source>%1: %2 rows were summed into %3 (origin, destination, period) cells.</source>
        <translation>%1: 행 %2개를 (출발지, 도착지, 기간) 셀 %3개로 합산했습니다.</translation>
    </message>
    <message>
        <source>%1: months are stored as the day key of their first day (YYYY-MM-01).</source>
        <translation>%1: 월은 그달 첫날의 날짜 키(YYYY-MM-01)로 저장합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 zones in the boundaries</source>
        <translation>존 %2개 중 %1개가 경계 안에 있음</translation>
    </message>
    <message>
        <source>; %1 outside (%2 OD rows): %3</source>
        <translation>; %1개는 경계 밖(OD 행 %2개): %3</translation>
    </message>
</context>
<context>
    <name>dosi::Report</name>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Layers and their sources:</source>
        <translation>레이어와 출처:</translation>
    </message>
    <message>
        <source>(no source recorded)</source>
        <translation>(출처 기록 없음)</translation>
    </message>
    <message>
        <source>Produced with Dosi %1.</source>
        <translation type="vanished">Dosi %1(으)로 작성했습니다.</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: the folder does not exist.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>보고서 작성을 취소했습니다.</translation>
    </message>
    <message>
        <source>Cannot build the map of &quot;%1&quot; for the report: %2</source>
        <translation>보고서에 넣을 &quot;%1&quot; 지도를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: %2</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: the PDF could not be started.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: PDF를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Data and attribution</source>
        <translation>자료 및 출처 표시</translation>
    </message>
    <message>
        <source>(unsaved project)</source>
        <translation>(저장하지 않은 프로젝트)</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>지역: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Map %1: %2</source>
        <translation>지도 %1: %2</translation>
    </message>
    <message>
        <source>Highest and lowest units: %1</source>
        <translation>값이 가장 높은 단위와 낮은 단위: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Classes: %1, colours: %2. Features: %3.</source>
        <translation>등급: %1, 색상: %2. 피처: %3개.</translation>
    </message>
    <message>
        <source>Cannot draw the map of &quot;%1&quot; for the report.</source>
        <translation type="vanished">보고서에 넣을 &quot;%1&quot; 지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>10 highest</source>
        <translation>상위 10개</translation>
    </message>
    <message>
        <source>10 lowest</source>
        <translation>하위 10개</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot draw the map &quot;%1&quot; for the report.</source>
        <translation>보고서에 넣을 &quot;%1&quot; 지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 · %2: total of all units by hour</source>
        <translation>%1 · %2: 전체 단위의 시간별 합계</translation>
    </message>
    <message>
        <source>%1 · %2: total of all units by period</source>
        <translation>%1 · %2: 전체 단위의 기간별 합계</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>%1 periods from %2 to %3. Masked values count as zero in the totals.</source>
        <translation>%2부터 %3까지 %1개 기간. 합계에서 비공개 값은 0으로 계산했습니다.</translation>
    </message>
    <message>
        <source>Daily totals.</source>
        <translation>일별 합계.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Masked (≤3 people)</source>
        <translation>비공개(3명 이하)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message numerus="yes">
        <source>This report shows %n map(s) and %1 model run(s) of the project. Values estimated by a model are marked &quot;(estimated)&quot; wherever they appear.</source>
        <translation>
            <numerusform>이 보고서는 프로젝트의 지도 %n개와 모형 분석 결과 %1개를 수록합니다. 모형으로 추정한 값에는 나타나는 곳마다 &quot;(추정값)&quot;을 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers in this report</source>
        <translation>보고서에 수록한 레이어</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>단위 수</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>추정 여부</translation>
    </message>
    <message>
        <source>features</source>
        <translation>피처</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Model runs in this report</source>
        <translation>보고서에 수록한 분석 결과</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>생성 일시(UTC)</translation>
    </message>
    <message>
        <source>%1 unit(s) with %2 or fewer people are not listed (privacy rule).</source>
        <translation>%2명 이하인 단위 %1개는 표시하지 않았습니다(개인정보 보호 규칙).</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인정보 보호</translation>
    </message>
    <message>
        <source>Counts of %1 or fewer people are suppressed in this report and in every export, as Seoul does in its published files (shown as &quot;*&quot; or left out). %2 value(s) were suppressed in the tables of this report.</source>
        <translation>서울시 공개 자료와 마찬가지로, 이 보고서와 모든 내보내기 파일에서 %1명 이하의 인원 수는 비공개 처리합니다(&quot;*&quot;로 표시하거나 제외). 이 보고서의 표에서 비공개 처리한 값은 %2개입니다.</translation>
    </message>
    <message>
        <source>The privacy rule is switched off for this project: small counts of people are shown as they are.</source>
        <translation>이 프로젝트는 개인정보 보호 규칙이 꺼져 있어 적은 인원 수도 그대로 표시합니다.</translation>
    </message>
    <message>
        <source>Estimated values</source>
        <translation>추정값</translation>
    </message>
    <message>
        <source>These layers hold values estimated by a model, not measured: %1. Their maps, tables and exports are marked &quot;(estimated)&quot;.</source>
        <translation>다음 레이어에는 실측값이 아니라 모형으로 추정한 값이 들어 있습니다: %1. 이 레이어의 지도, 표, 내보내기 파일에는 &quot;(추정값)&quot;을 표시합니다.</translation>
    </message>
    <message>
        <source>Making this report again</source>
        <translation>보고서 재작성</translation>
    </message>
    <message>
        <source>Produced with Dosi %1 from the project&apos;s default report content.</source>
        <translation>Dosi %1(으)로 프로젝트의 기본 보고서 구성에 따라 작성했습니다.</translation>
    </message>
    <message>
        <source>Produced with Dosi %1 from the report template &quot;%2&quot; saved in the project; the same template makes this report again with new data.</source>
        <translation>Dosi %1(으)로 프로젝트에 저장된 보고서 템플릿 &quot;%2&quot;에 따라 작성했습니다. 같은 템플릿으로 새 자료를 반영한 보고서를 다시 만들 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Decline diagnosis</source>
        <translation>쇠퇴진단</translation>
    </message>
    <message>
        <source>Thematic indices</source>
        <translation>주제별 지수</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Decline outlook</source>
        <translation>쇠퇴 전망</translation>
    </message>
    <message>
        <source>Gravity model estimate</source>
        <translation>중력 모형 추정</translation>
    </message>
    <message>
        <source>Location analysis (%1)</source>
        <translation>입지 분석(%1)</translation>
    </message>
    <message>
        <source>Measured accuracy (backtest on held-out years)</source>
        <translation>검증 정확도(학습에서 제외한 연도에 대한 백테스트)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>기준시점 수</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>비교 값 수</translation>
    </message>
    <message>
        <source>MAPE (%)</source>
        <translation>MAPE(%)</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Backtest error by method (MAPE, %)</source>
        <translation>방법별 백테스트 오차(MAPE, %)</translation>
    </message>
    <message>
        <source>Chosen method: %1. MAPE: mean absolute percentage error; MASE: mean absolute scaled error (below 1 beats the naive forecast); RMSE: root mean squared error.</source>
        <translation>선택한 방법: %1. MAPE: 평균 절대 백분율 오차, MASE: 평균 절대 척도 오차(1 미만이면 나이브 예측보다 우수), RMSE: 평균 제곱근 오차.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모형</translation>
    </message>
    <message>
        <source>New sites</source>
        <translation>신규 입지 수</translation>
    </message>
    <message>
        <source>Existing sites kept</source>
        <translation>유지한 기존 시설 수</translation>
    </message>
    <message>
        <source>Coverage radius / time</source>
        <translation>커버리지 반경 / 시간</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목적함수 값</translation>
    </message>
    <message>
        <source>Demand covered</source>
        <translation>커버된 수요</translation>
    </message>
    <message>
        <source>Demand units covered</source>
        <translation>커버된 수요 단위</translation>
    </message>
    <message>
        <source>Mean cost to the nearest site</source>
        <translation>가장 가까운 입지까지의 평균 비용</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>최적해 증명됨</translation>
    </message>
    <message>
        <source>Gap to the bound</source>
        <translation>한계값 대비 갭</translation>
    </message>
    <message>
        <source>Solve time (s)</source>
        <translation>풀이 시간(초)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>입지</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>입지</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Demand served</source>
        <translation>서비스 수요</translation>
    </message>
    <message>
        <source>Units served</source>
        <translation>서비스 수요 단위 수</translation>
    </message>
    <message>
        <source>x (EPSG:5179)</source>
        <translation>x (EPSG:5179)</translation>
    </message>
    <message>
        <source>y (EPSG:5179)</source>
        <translation>y (EPSG:5179)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>기존</translation>
    </message>
    <message>
        <source>Coverage by number of new sites</source>
        <translation>신규 입지 수에 따른 커버리지</translation>
    </message>
    <message>
        <source>Demand covered (%)</source>
        <translation>커버된 수요(%)</translation>
    </message>
    <message>
        <source>Result map: %1</source>
        <translation>결과 지도: %1</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>분석 결과 %1번 · %2</translation>
    </message>
    <message>
        <source>Model %1, version %2, run on %3 (UTC). Result layers: %4.</source>
        <translation>모형 %1, 버전 %2, 실행 일시 %3(UTC). 결과 레이어: %4.</translation>
    </message>
    <message>
        <source>The results of this run are estimated by a model, not measured.</source>
        <translation>이 분석 결과는 실측값이 아니라 모형으로 추정한 값입니다.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>The project has no report template named &quot;%1&quot; (it has none).</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 보고서 템플릿이 없습니다(저장된 템플릿 없음).</translation>
    </message>
    <message>
        <source>The project has no report template named &quot;%1&quot; (it has: %2).</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 보고서 템플릿이 없습니다(저장된 템플릿: %2).</translation>
    </message>
    <message>
        <source>A report template needs a name.</source>
        <translation>보고서 템플릿에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The project has no report template named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 보고서 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>프로젝트에 분석 결과 %1번이 없습니다.</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>서비스 범위 밖</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>서비스 범위 안</translation>
    </message>
</context>
<context>
    <name>dosi::ThematicMap</name>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not linked to a feature layer, so it cannot be drawn.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 피처 레이어와 연결되어 있지 않아 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values for time &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 시간 &quot;%2&quot;의 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no numeric field to map.</source>
        <translation>레이어 &quot;%1&quot;에 지도로 그릴 숫자 필드가 없습니다.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Masked (≤3 people)</source>
        <translation>비공개(3명 이하)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
</context>
<context>
    <name>dosi::cli::CliContext</name>
    <message>
        <source>%1 (usage: %2)</source>
        <translation>%1 (사용법: %2)</translation>
    </message>
    <message>
        <source>dosi-cli: error: %1</source>
        <translation>dosi-cli: 오류: %1</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Warning: no feature layer has these unit codes; the layer is stored without a map layer.</source>
        <translation>경고: 이 단위 코드를 가진 피처 레이어가 없습니다. 지도 레이어 없이 저장합니다.</translation>
    </message>
    <message>
        <source>Join with layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;과(와) 결합: %2</translation>
    </message>
    <message>
        <source>import boundaries takes exactly one file.</source>
        <translation>import boundaries에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot; (use --append to add to it).</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다(추가하려면 --append를 쓰십시오).</translation>
    </message>
    <message>
        <source>%1: its fields (%2) differ from layer &quot;%3&quot; (%4).</source>
        <translation>%1: 필드(%2)가 레이어 &quot;%3&quot;의 필드(%4)와 다릅니다.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 feature(s) from %3 (%4 -&gt; EPSG:5179); %5 invalid geometries repaired, %6 empty skipped.</source>
        <translation>%3에서 피처 %2개 중 %1개를 가져왔습니다(%4 -&gt; EPSG:5179). 잘못된 도형 %5개를 고쳤고 빈 도형 %6개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Imported %1 record(s) as &quot;%2&quot; (%3); %4 masked value(s) kept as masked.</source>
        <translation>레코드 %1개를 &quot;%2&quot;(으)로 가져왔습니다(%3). 비공개 값 %4개는 비공개로 유지했습니다.</translation>
    </message>
    <message>
        <source>import needs a project, a kind and at least one file (usage: %1)</source>
        <translation>import에는 프로젝트, 종류, 파일이 하나 이상 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>import needs --name NAME.</source>
        <translation>import에는 --name NAME이 필요합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>import table takes exactly one file.</source>
        <translation>import table에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>import table needs --key COL.</source>
        <translation>import table에는 --key COL이 필요합니다.</translation>
    </message>
    <message>
        <source>dissolve needs a project, --layer, --by and --name (usage: %1)</source>
        <translation>dissolve에는 프로젝트, --layer, --by, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Dissolved %1 feature(s) of &quot;%2&quot; by %3 into %4 feature(s) as &quot;%5&quot;.</source>
        <translation>&quot;%2&quot;의 피처 %1개를 %3 기준으로 합쳐 피처 %4개의 &quot;%5&quot;(으)로 만들었습니다.</translation>
    </message>
    <message>
        <source>render needs a project, an output image and --layer (usage: %1)</source>
        <translation>render에는 프로젝트, 출력 이미지, --layer가 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080, not &quot;%1&quot;.</source>
        <translation>--size는 &quot;%1&quot;이(가) 아니라 1920x1080 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>export needs a project, a format and an output file (usage: %1)</source>
        <translation>export에는 프로젝트, 형식, 출력 파일이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (pdf, geotiff).</source>
        <translation type="vanished">알 수 없는 내보내기 형식 &quot;%1&quot;(pdf, geotiff).</translation>
    </message>
    <message>
        <source>export geotiff needs --layer.</source>
        <translation type="vanished">export geotiff에는 --layer가 필요합니다.</translation>
    </message>
    <message>
        <source>--cell must be a positive number of metres.</source>
        <translation>--cell은 양수(미터)여야 합니다.</translation>
    </message>
    <message>
        <source>report needs a project and an output PDF.</source>
        <translation type="vanished">report에는 프로젝트와 출력 PDF가 필요합니다.</translation>
    </message>
    <message>
        <source>new needs exactly one project file name.</source>
        <translation>new에는 프로젝트 파일 이름을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it).</source>
        <translation>%1이(가) 이미 있습니다(바꾸려면 --force를 쓰십시오).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>info needs exactly one project file name.</source>
        <translation>info에는 프로젝트 파일 이름을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>피처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (schema %3)</source>
        <translation>%1 — %2 (스키마 %3)</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>실행 기록: %1</translation>
    </message>
    <message>
        <source>meta needs a project file and a key.</source>
        <translation>meta에는 프로젝트 파일과 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is managed by Dosi and cannot be set.</source>
        <translation>키 &quot;%1&quot;은(는) Dosi가 관리하므로 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Report: step %1 of %2</source>
        <translation>보고서: %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>import table from a database needs --source-layer TABLE.</source>
        <translation>데이터베이스에서 import table을 하려면 --source-layer TABLE이 필요합니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no numeric field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 숫자 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>grid needs a project, --over and --name (usage: %1)</source>
        <translation>grid에는 프로젝트, --over, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--cell must be a number of metres, not &quot;%1&quot;.</source>
        <translation>--cell에는 &quot;%1&quot;이(가) 아니라 미터 단위 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Laid %1 national grid cell(s) of %2 m over &quot;%3&quot; as &quot;%4&quot;.</source>
        <translation>&quot;%3&quot; 위에 %2 m 국가격자 셀 %1개를 &quot;%4&quot;(으)로 만들었습니다.</translation>
    </message>
    <message>
        <source>interpolate needs a project, --from and --to (usage: %1)</source>
        <translation>interpolate에는 프로젝트, --from, --to가 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--mode must be extensive or intensive, not &quot;%1&quot;.</source>
        <translation>--mode에는 &quot;%1&quot;이(가) 아니라 extensive 또는 intensive를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--from must name a layer and a field as LAYER.FIELD, not &quot;%1&quot;.</source>
        <translation>--from에는 &quot;%1&quot;이(가) 아니라 LAYER.FIELD 형식으로 레이어와 필드를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not attached to a map layer, so it has no areas to interpolate.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 지도 레이어와 연결되어 있지 않아 보간할 영역이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values of &quot;%2&quot; at time &quot;%3&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 시간 &quot;%3&quot;의 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values of &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>No unit of layer &quot;%1&quot; has a value in &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 어느 단위에도 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>%1 polygon(s) of &quot;%2&quot; have no record in &quot;%3&quot; and are left out.</source>
        <translation>&quot;%2&quot;의 폴리곤 %1개는 &quot;%3&quot;에 레코드가 없어 제외했습니다.</translation>
    </message>
    <message>
        <source>Layers &quot;%1&quot; and &quot;%2&quot; do not overlap.</source>
        <translation>레이어 &quot;%1&quot;과(와) &quot;%2&quot;이(가) 겹치지 않습니다.</translation>
    </message>
    <message>
        <source>%1 of %2.%3, area-weighted onto %4</source>
        <translation>%2.%3의 %1 값을 %4에 면적 가중 보간한 값</translation>
    </message>
    <message>
        <source>Interpolated %1.%2 (%3) from %4 to %5 unit(s) of &quot;%6&quot; as &quot;%7&quot;: %8 record(s); total %9 -&gt; %10.</source>
        <translation>%1.%2(%3)을(를) 단위 %4개에서 &quot;%6&quot;의 단위 %5개로 보간하여 &quot;%7&quot;(으)로 저장했습니다: 레코드 %8개, 합계 %9 -&gt; %10.</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot; (boundaries, points, living-population, table, movement, sales).</source>
        <translation>알 수 없는 가져오기 종류 &quot;%1&quot;입니다(boundaries, points, living-population, table, movement, sales 중 하나).</translation>
    </message>
    <message>
        <source>Warning: no feature layer has these zone codes; the OD layer is stored without zones.</source>
        <translation>경고: 이 존 코드를 가진 피처 레이어가 없습니다. OD 레이어를 존 없이 저장합니다.</translation>
    </message>
    <message>
        <source>Zones of layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;의 존: %2</translation>
    </message>
    <message>
        <source>import movement needs at least one file.</source>
        <translation>import movement에는 파일을 하나 이상 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; a generic OD table is imported one file at a time.</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 일반 OD 표는 한 번에 파일 하나씩 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; for another OD table give --origin COL --dest COL --count COL [--period COL] (its columns are: %2).</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 다른 OD 표는 --origin COL --dest COL --count COL [--period COL]을 지정하십시오(열 목록: %2).</translation>
    </message>
    <message>
        <source>movers arriving from other zones</source>
        <translation>다른 존에서 들어온 이동 인구</translation>
    </message>
    <message>
        <source>movers leaving for other zones</source>
        <translation>다른 존으로 나간 이동 인구</translation>
    </message>
    <message>
        <source>movers staying inside the zone</source>
        <translation>존 안에서 이동한 인구</translation>
    </message>
    <message>
        <source>inflow minus outflow</source>
        <translation>유입에서 유출을 뺀 값</translation>
    </message>
    <message>
        <source>masked OD cells left out</source>
        <translation>제외한 비공개 OD 셀 수</translation>
    </message>
    <message>
        <source>Net flows per zone and time stored as &quot;%1&quot; (%2 record(s)).</source>
        <translation>존·시간별 순유입을 &quot;%1&quot;(으)로 저장했습니다(레코드 %2개).</translation>
    </message>
    <message>
        <source>Imported %1 record(s) into %2 OD cell(s) as &quot;%3&quot; (%4); %5 masked count(s) kept as masked.</source>
        <translation>레코드 %1개를 OD 셀 %2개로 모아 &quot;%3&quot;(으)로 가져왔습니다(%4). 비공개 인원 수 %5개는 비공개로 유지했습니다.</translation>
    </message>
    <message>
        <source>estimate-flows needs one project (usage: %1)</source>
        <translation>estimate-flows에는 프로젝트가 하나 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>estimate-flows needs --%1 (usage: %2)</source>
        <translation>estimate-flows에는 --%1이(가) 필요합니다(사용법: %2)</translation>
    </message>
    <message>
        <source>--mean-trip-km must be a positive number of kilometres.</source>
        <translation>--mean-trip-km에는 0보다 큰 킬로미터 단위 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--beta must be a number &gt;= 0.</source>
        <translation>--beta에는 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--min-flow must be a number &gt;= 0.</source>
        <translation>--min-flow에는 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--decay must be exp or power, not &quot;%1&quot;.</source>
        <translation>--decay에는 &quot;%1&quot;이(가) 아니라 exp 또는 power를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1에는 &quot;%2&quot;이(가) 아니라 YYYY-MM-DD 형식의 날짜를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an hourly measure layer of the project.</source>
        <translation>&quot;%1&quot;은(는) 이 프로젝트의 시간대별 측정값 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OD layer of the project.</source>
        <translation>&quot;%1&quot;은(는) 이 프로젝트의 OD 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2 zones, %3 OD pairs stored as &quot;%4&quot; (estimated, not measured).</source>
        <translation>%1: 존 %2개, OD 쌍 %3개를 &quot;%4&quot;(으)로 저장했습니다(실측값이 아닌 추정값).</translation>
    </message>
    <message>
        <source>beta = %1 per km (%2, %3 km target), mean trip %4 km; %5 balancing iterations, max relative error %6; total flow %7 = night population of the zones used.</source>
        <translation>beta = km당 %1(%2, 목표 %3 km), 평균 통행 거리 %4 km. 균형 반복 %5회, 최대 상대 오차 %6. 총 통행량 %7 = 사용한 존의 야간 인구.</translation>
    </message>
    <message>
        <source>Warning: no observed flows or --mean-trip-km given; the mean trip length of %1 km is an assumption, not a measurement.</source>
        <translation>경고: 관측 통행량이나 --mean-trip-km을 지정하지 않았습니다. 평균 통행 거리 %1 km는 실측값이 아니라 가정값입니다.</translation>
    </message>
    <message>
        <source>Pairs below --min-flow dropped: %1 people in total.</source>
        <translation>--min-flow 미만이어서 뺀 쌍: 모두 %1명.</translation>
    </message>
    <message>
        <source>The project has no boundary layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 경계 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The project has no boundary layer to place the commercial areas in; import the dong boundaries first (or name one with --layer).</source>
        <translation>프로젝트에 상권을 배치할 경계 레이어가 없습니다. 먼저 행정동 경계를 가져오십시오(또는 --layer로 지정하십시오).</translation>
    </message>
    <message>
        <source>import sales needs --areas FILE: the commercial-area points (e.g. Seoul OA-15560) that place each commercial area in a dong.</source>
        <translation>import sales에는 --areas FILE이 필요합니다: 각 상권을 행정동에 배치할 상권 점 파일(예: 서울 OA-15560).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no code field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 코드 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Commercial areas in %1: %2 read, %3 placed in a dong of &quot;%4&quot;, %5 in no dong%6.</source>
        <translation>%1의 상권: %2개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치했고, %5개는 어느 행정동에도 속하지 않습니다%6.</translation>
    </message>
    <message>
        <source>The areas file&apos;s own dong code agrees with the polygon for %1 of %2 (%3 %).</source>
        <translation>상권 파일에 적힌 행정동 코드가 폴리곤과 일치하는 상권: %2개 중 %1개(%3 %).</translation>
    </message>
    <message>
        <source>Imported %1 sales row(s) of %2 commercial area(s): &quot;%3&quot; has %4 record(s) by dong and quarter, &quot;%5&quot; has %6 record(s) by dong, industry and quarter.</source>
        <translation>상권 %2개의 매출 행 %1개를 가져왔습니다: &quot;%3&quot;에는 행정동·분기별 레코드 %4개, &quot;%5&quot;에는 행정동·업종·분기별 레코드 %6개가 있습니다.</translation>
    </message>
    <message>
        <source>import points takes exactly one file.</source>
        <translation>import points에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Give either --latlon COL or --x COL --y COL, not both.</source>
        <translation>--latlon COL 또는 --x COL --y COL 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 point(s) from %3 (%4 -&gt; EPSG:5179); %5 row(s) with invalid coordinates skipped.</source>
        <translation>%3에서 점 %2개 중 %1개를 가져왔습니다(%4 -&gt; EPSG:5179). 좌표가 잘못된 행 %5개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="vanished"> (추정값)</translation>
    </message>
    <message>
        <source>derive needs a project, --layer, --measures and --name (usage: %1)</source>
        <translation>derive에는 프로젝트, --layer, --measures, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--measures names no measure; known: %1.</source>
        <translation>--measures에 지정한 지표가 없습니다. 사용할 수 있는 지표: %1.</translation>
    </message>
    <message>
        <source>--by must be hour-of-day, day or week, not &quot;%1&quot;.</source>
        <translation>--by에는 &quot;%1&quot;이(가) 아니라 hour-of-day, day, week 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stat must be sum or mean, not &quot;%1&quot;.</source>
        <translation>--stat에는 &quot;%1&quot;이(가) 아니라 sum 또는 mean을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stat needs --by (the statistic of a time aggregate).</source>
        <translation>--stat에는 --by가 필요합니다(--stat은 시간 집계의 통계량입니다).</translation>
    </message>
    <message>
        <source>The project has no measure layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 측정값 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no records to derive from.</source>
        <translation>레이어 &quot;%1&quot;에 산출에 쓸 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>hour-of-day sums</source>
        <translation>시간대별 합계</translation>
    </message>
    <message>
        <source>hour-of-day means</source>
        <translation>시간대별 평균</translation>
    </message>
    <message>
        <source>day sums</source>
        <translation>일별 합계</translation>
    </message>
    <message>
        <source>day means</source>
        <translation>일별 평균</translation>
    </message>
    <message>
        <source>week sums</source>
        <translation>주별 합계</translation>
    </message>
    <message>
        <source>week means</source>
        <translation>주별 평균</translation>
    </message>
    <message>
        <source>%1 derived from %2</source>
        <translation>%2에서 산출한 %1</translation>
    </message>
    <message>
        <source>%1 derived from %2 (%3)</source>
        <translation>%2에서 산출한 %1 (%3)</translation>
    </message>
    <message>
        <source>%1, derived from %2</source>
        <translation>%1(%2에서 산출)</translation>
    </message>
    <message>
        <source>%1, derived from %2 (%3)</source>
        <translation>%1(%2에서 산출, %3)</translation>
    </message>
    <message>
        <source>Aggregated by %1 (%2): %3 masked and %4 missing input value(s) left out; %5 record(s) without an hourly or daily time skipped.</source>
        <translation>%1 기준으로 집계했습니다(%2): 입력값 중 비공개 %3개와 결측 %4개를 제외했고, 시간대별 또는 일별 시간이 없는 레코드 %5개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1: %2 masked, %3 missing of %4 record(s).</source>
        <translation>%1: 레코드 %4개 중 비공개 %2개, 결측 %3개.</translation>
    </message>
    <message>
        <source>Derived %1 from &quot;%2&quot; as &quot;%3&quot;: %4 record(s).</source>
        <translation>&quot;%2&quot;에서 %1을(를) 산출하여 &quot;%3&quot;(으)로 저장했습니다: 레코드 %4개.</translation>
    </message>
    <message>
        <source>Background map: any GDAL raster (GeoTIFF, MBTiles, VRT)</source>
        <translation>배경지도: GDAL이 읽을 수 있는 래스터(GeoTIFF, MBTiles, VRT)</translation>
    </message>
    <message>
        <source>Label the features (e.g. dong names), without overlaps</source>
        <translation>피처에 라벨을 겹치지 않게 표시(예: 행정동 이름)</translation>
    </message>
    <message>
        <source>OD layers: the purpose field drawn (same as --field), e.g. p1_commute</source>
        <translation>OD 레이어: 그릴 목적 필드(--field와 같음), 예: p1_commute</translation>
    </message>
    <message>
        <source>OD layers: draw the N largest flows (0 = all)</source>
        <translation>OD 레이어: 통행량이 가장 큰 흐름 N개를 그림(0 = 전체)</translation>
    </message>
    <message>
        <source>OD layers: leave out flows below this volume</source>
        <translation>OD 레이어: 이 통행량 미만의 흐름은 제외</translation>
    </message>
    <message>
        <source>OD layers: keep flows that start and end in the same zone</source>
        <translation>OD 레이어: 같은 존 안에서 출발·도착하는 흐름도 포함</translation>
    </message>
    <message>
        <source>Measure layers: second period B; draws A − B (A = --time)</source>
        <translation>측정값 레이어: 두 번째 기간 B. A − B를 그림(A = --time)</translation>
    </message>
    <message>
        <source>With --compare: the two periods side by side, not the difference</source>
        <translation>--compare와 함께: 차이 대신 두 기간을 나란히 보기</translation>
    </message>
    <message>
        <source>--%1 applies to origin–destination (movement) layers; &quot;%2&quot; is not one.</source>
        <translation>--%1은(는) 출발지–도착지(생활이동) 레이어에만 적용됩니다. &quot;%2&quot;은(는) 이런 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>--side-by-side needs --compare with the second period.</source>
        <translation>--side-by-side에는 두 번째 기간을 지정한 --compare가 필요합니다.</translation>
    </message>
    <message>
        <source>--compare works on measure layers; &quot;%1&quot; is an origin–destination layer (use --time FROM/TO to choose its period).</source>
        <translation>--compare는 측정값 레이어에만 쓸 수 있습니다. &quot;%1&quot;은(는) 출발지–도착지 레이어입니다(기간을 선택하려면 --time FROM/TO를 쓰십시오).</translation>
    </message>
    <message>
        <source>--top must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--top에는 &quot;%1&quot;이(가) 아니라 0 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--min-volume must be a number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--min-volume에는 &quot;%1&quot;이(가) 아니라 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>layer needs a project file and a layer name.</source>
        <translation>layer 명령에는 프로젝트 파일과 레이어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--show and --hide cannot be used together.</source>
        <translation>--show와 --hide는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Stored as run %1.</source>
        <translation>분석 결과 %1번으로 저장했습니다.</translation>
    </message>
    <message>
        <source>Decline diagnosis %1 of %2 units: %3 qualify, %4 do not, %5 undetermined.</source>
        <translation>%1년 쇠퇴진단(단위지역 %2개): 쇠퇴지역 해당 %3개, 비해당 %4개, 판정 보류 %5개.</translation>
    </message>
    <message>
        <source>  %1: no data in the project (not assessable)</source>
        <translation>  %1: 프로젝트에 자료 없음(판단 불가)</translation>
    </message>
    <message>
        <source>  %1: %2, assessable for %3 units</source>
        <translation>  %1: %2, 판단 가능 단위지역 %3개</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>사업체</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>건축물</translation>
    </message>
    <message>
        <source>Thematic indices over %1 units:</source>
        <translation>단위지역 %1개의 주제별 지수:</translation>
    </message>
    <message>
        <source>  %1: %2 units scored; %3 of %4 indicators unavailable%5</source>
        <translation>  %1: 단위지역 %2개 산출, 지표 %4개 중 %3개 사용 불가%5</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Forecast of %1: %2 units, %3 steps, method %4 (%5 s).</source>
        <translation>%1 예측: 단위지역 %2개, %3단계, 방법 %4 (%5초).</translation>
    </message>
    <message>
        <source>  backtest %1: MAPE %2 %, MASE %3 (%4 origins)</source>
        <translation>  백테스트 %1: MAPE %2 %, MASE %3 (기준시점 %4개)</translation>
    </message>
    <message>
        <source>The project has no yearly population layer for the outlook.</source>
        <translation>프로젝트에 전망에 사용할 연도별 인구 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Decline outlook over %1 years (%2): %3 of %4 units meet the population criterion now, %5 likely (≥ 50 %) to within the horizon.</source>
        <translation>%1년 쇠퇴 전망(%2): 단위지역 %4개 중 %3개가 현재 인구 기준을 충족하며, %5개가 전망 기간 내 충족할 가능성이 높습니다(≥ 50 %).</translation>
    </message>
    <message>
        <source>compare needs two run ids: dosi-cli regen P.dosi compare A B</source>
        <translation>compare에는 분석 결과 ID 두 개가 필요합니다: dosi-cli regen P.dosi compare A B</translation>
    </message>
    <message>
        <source>Runs %1 (%2) and %3 (%4): %5 of %6 units differ.</source>
        <translation>분석 결과 %1 (%2)와(과) %3 (%4): 단위지역 %6개 중 %5개가 다릅니다.</translation>
    </message>
    <message>
        <source>regen needs a project and a model (usage: %1)</source>
        <translation>regen에는 프로젝트와 모델이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>Unknown regen model &quot;%1&quot;; use one of %2.</source>
        <translation>알 수 없는 regen 모델 &quot;%1&quot;입니다. %2 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>예상하지 못한 인수 &quot;%1&quot; (사용법: %2)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1 %2행: 올바른 JSON이 아닙니다(%3).</translation>
    </message>
    <message>
        <source>%1: expected a JSON object.</source>
        <translation>%1: JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>--%1 must be LAYER.FIELD, not &quot;%2&quot;.</source>
        <translation>--%1은(는) &quot;%2&quot;이(가) 아니라 LAYER.FIELD 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>--threshold must be KEY=VALUE with KEY one of %1, not &quot;%2&quot;.</source>
        <translation>--threshold는 &quot;%2&quot;이(가) 아니라 KEY=VALUE 형식이어야 하며, KEY는 %1 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>--threshold %1 must be true or false, not &quot;%2&quot;.</source>
        <translation>--threshold %1은(는) &quot;%2&quot;이(가) 아니라 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>--threshold %1 must be a number ≥ 0, not &quot;%2&quot;.</source>
        <translation>--threshold %1은(는) &quot;%2&quot;이(가) 아니라 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>--as-of must be a year, not &quot;%1&quot;.</source>
        <translation>--as-of는 &quot;%1&quot;이(가) 아니라 연도여야 합니다.</translation>
    </message>
    <message>
        <source>%1: the index specification names no area.</source>
        <translation>%1: 지수 명세에 분야가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>forecast needs --layer, --field and --horizon.</source>
        <translation>forecast에는 --layer, --field, --horizon이 필요합니다.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number ≥ %2, not &quot;%3&quot;.</source>
        <translation>--%1은(는) &quot;%3&quot;이(가) 아니라 %2 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>--method must be one of %1, not &quot;%2&quot;.</source>
        <translation>--method는 &quot;%2&quot;이(가) 아니라 %1 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>--level must be between 0 and 1 (e.g. 0.8), not &quot;%1&quot;.</source>
        <translation>--level은 &quot;%1&quot;이(가) 아니라 0과 1 사이의 값(예: 0.8)이어야 합니다.</translation>
    </message>
    <message>
        <source>--%1 must be LAYER.FIELD=VALUE[@FROM], not &quot;%2&quot;.</source>
        <translation>--%1은(는) &quot;%2&quot;이(가) 아니라 LAYER.FIELD=VALUE[@FROM] 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: &quot;%2&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>가정(What-if)</translation>
    </message>
    <message>
        <source>Measure layers: a second layer drawn beside --layer with shared classes (e.g. a what-if run&apos;s result next to the baseline&apos;s; its time = --compare)</source>
        <translation>측정 레이어: --layer 옆에 같은 등급으로 그릴 두 번째 레이어 (예: 기준안 결과 옆에 가정 시나리오 결과; 시점 = --compare)</translation>
    </message>
    <message>
        <source>--beside already draws two maps side by side; leave out --side-by-side.</source>
        <translation>--beside는 이미 두 지도를 나란히 그립니다. --side-by-side를 빼십시오.</translation>
    </message>
    <message>
        <source>lscp, mclp, pmedian or pcenter.</source>
        <translation>lscp, mclp, pmedian, pcenter 중 하나.</translation>
    </message>
    <message>
        <source>Demand layer (points, grid or areas).</source>
        <translation>수요 레이어(점, 격자 또는 면).</translation>
    </message>
    <message>
        <source>Demand weight: a field of the demand layer, or LAYER.FIELD of a measure layer over it.</source>
        <translation>수요 가중치: 수요 레이어의 필드 또는 그 레이어에 연결된 측정값 레이어의 LAYER.FIELD.</translation>
    </message>
    <message>
        <source>Time of the weight (a key, or FROM..TO; hours like 03..05 average those hours).</source>
        <translation>가중치의 시점(시점 키 또는 FROM..TO. 03..05처럼 시간대를 지정하면 그 시간대의 평균).</translation>
    </message>
    <message>
        <source>Candidate sites: a points or grid layer.</source>
        <translation>후보지: 점 또는 격자 레이어.</translation>
    </message>
    <message>
        <source>Existing facilities kept open (points layer).</source>
        <translation>계속 운영하는 기존 시설(점 레이어).</translation>
    </message>
    <message>
        <source>Study area: LAYER.FIELD=VALUE[,VALUE...], e.g. gu.sggnm=강남구.</source>
        <translation>분석 대상 지역: LAYER.FIELD=VALUE[,VALUE...], 예: gu.sggnm=강남구.</translation>
    </message>
    <message>
        <source>Service standard: metres, or the cost table&apos;s unit.</source>
        <translation>서비스 기준: 미터 또는 비용표의 단위.</translation>
    </message>
    <message>
        <source>Service standard in minutes of travel on --network.</source>
        <translation>--network 도로망의 통행 시간(분)으로 나타낸 서비스 기준.</translation>
    </message>
    <message>
        <source>New facilities to place (MCLP, p-median, p-center).</source>
        <translation>배치할 신규 시설 수(MCLP, p-median, p-center).</translation>
    </message>
    <message>
        <source>Cost table CSV (from, to, cost).</source>
        <translation>비용표 CSV(from, to, cost).</translation>
    </message>
    <message>
        <source>Cost table column of the facility ids.</source>
        <translation>시설 ID가 있는 비용표 열.</translation>
    </message>
    <message>
        <source>Cost table column of the demand ids.</source>
        <translation>수요 ID가 있는 비용표 열.</translation>
    </message>
    <message>
        <source>Cost table column of the costs.</source>
        <translation>비용 값이 있는 비용표 열.</translation>
    </message>
    <message>
        <source>Road line layer for travel times.</source>
        <translation>통행 시간 계산에 쓸 도로 선 레이어.</translation>
    </message>
    <message>
        <source>Road speed field (km/h).</source>
        <translation>도로 속도 필드(km/h).</translation>
    </message>
    <message>
        <source>Road class field.</source>
        <translation>도로 등급 필드.</translation>
    </message>
    <message>
        <source>Speeds per road class, e.g. &quot;motorway=80,local=30&quot;.</source>
        <translation>도로 등급별 속도, 예: &quot;motorway=80,local=30&quot;.</translation>
    </message>
    <message>
        <source>Speed where nothing else says (km/h, default 30).</source>
        <translation>달리 지정되지 않은 도로의 속도(km/h, 기본값 30).</translation>
    </message>
    <message>
        <source>One-way field of the road layer.</source>
        <translation>도로 레이어의 일방통행 필드.</translation>
    </message>
    <message>
        <source>Demand id field (default: the layer&apos;s code field).</source>
        <translation>수요 ID 필드(기본값: 레이어의 코드 필드).</translation>
    </message>
    <message>
        <source>Candidate id field (default: the layer&apos;s code field).</source>
        <translation>후보지 ID 필드(기본값: 레이어의 코드 필드).</translation>
    </message>
    <message>
        <source>cctv, ev_charger, fire_station or custom.</source>
        <translation>cctv, ev_charger, fire_station, custom 중 하나.</translation>
    </message>
    <message>
        <source>Scenario name.</source>
        <translation>시나리오 이름.</translation>
    </message>
    <message>
        <source>auto (default), exact or heuristic.</source>
        <translation>auto(기본값), exact, heuristic 중 하나.</translation>
    </message>
    <message>
        <source>Seconds for the exact solver (default 60).</source>
        <translation>정확해법 솔버의 제한 시간(초, 기본값 60).</translation>
    </message>
    <message>
        <source>Also compute the coverage curve for p = 1..N.</source>
        <translation>p = 1..N에 대한 커버리지 곡선도 계산.</translation>
    </message>
    <message>
        <source>Keep the scenario in the project under --name.</source>
        <translation>시나리오를 --name의 이름으로 프로젝트에 저장.</translation>
    </message>
    <message>
        <source>List the stored location runs side by side.</source>
        <translation>저장된 입지 분석 결과를 나란히 나열.</translation>
    </message>
    <message>
        <source>Title of the stored run.</source>
        <translation>저장할 분석 결과의 제목.</translation>
    </message>
    <message>
        <source>Do not store the run in the project.</source>
        <translation>분석 결과를 프로젝트에 저장하지 않음.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력.</translation>
    </message>
    <message>
        <source>--%1 must be a number greater than 0, not &quot;%2&quot;.</source>
        <translation>--%1에는 &quot;%2&quot;이(가) 아니라 0보다 큰 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--model must be lscp, mclp, pmedian or pcenter, not &quot;%1&quot;.</source>
        <translation>--model에는 &quot;%1&quot;이(가) 아니라 lscp, mclp, pmedian, pcenter 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--demand LAYER is required.</source>
        <translation>--demand LAYER가 필요합니다.</translation>
    </message>
    <message>
        <source>--candidates LAYER is required.</source>
        <translation>--candidates LAYER가 필요합니다.</translation>
    </message>
    <message>
        <source>--within takes LAYER.FIELD=VALUE[,VALUE...], not &quot;%1&quot;.</source>
        <translation>--within에는 &quot;%1&quot;이(가) 아니라 LAYER.FIELD=VALUE[,VALUE...] 형식을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--costs needs --cost-from, --cost-to and --cost-value.</source>
        <translation>--costs에는 --cost-from, --cost-to, --cost-value가 필요합니다.</translation>
    </message>
    <message>
        <source>--class-speeds takes CLASS=KMH pairs separated by commas, not &quot;%1&quot;.</source>
        <translation>--class-speeds에는 &quot;%1&quot;이(가) 아니라 쉼표로 구분한 CLASS=KMH 쌍을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1에는 --%2이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>%1 needs --p N.</source>
        <translation>%1에는 --p N이 필요합니다.</translation>
    </message>
    <message>
        <source>--p must be a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--p에는 &quot;%1&quot;이(가) 아니라 1 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--method must be auto, exact or heuristic, not &quot;%1&quot;.</source>
        <translation>--method에는 &quot;%1&quot;이(가) 아니라 auto, exact, heuristic 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1  %2  %3 p=%4  objective %5  covered %6 of %7  %8</source>
        <translation>%1  %2  %3 p=%4  목적함수 %5  커버 %6/%7  %8</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>최적</translation>
    </message>
    <message>
        <source>gap %1 %</source>
        <translation>갭 %1 %</translation>
    </message>
    <message>
        <source>locate needs one project (usage: %1)</source>
        <translation>locate에는 프로젝트가 하나 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--curve must be a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--curve에는 &quot;%1&quot;이(가) 아니라 1 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>최적화 중</translation>
    </message>
    <message>
        <source>%1: objective %2 (%3), %4 of %5 demand points covered, %6 s.</source>
        <translation>%1: 목적함수 값 %2 (%3), 수요 지점 %5개 중 %4개 커버, %6초.</translation>
    </message>
    <message>
        <source>--save-scenario needs --name.</source>
        <translation>--save-scenario에는 --name이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: estimated by a model (marked as such in the file).</source>
        <translation>%1: 모형으로 추정한 값입니다(파일에 추정값으로 표시함).</translation>
    </message>
    <message>
        <source>%1: counts of people, privacy rule off: nothing suppressed.</source>
        <translation>%1: 인원 수 자료이나 개인정보 보호 규칙이 꺼져 있어 비공개 처리한 값이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) of %2 or fewer people suppressed (privacy rule).</source>
        <translation>
            <numerusform>%1: %2명 이하인 값 %n개를 비공개 처리했습니다(개인정보 보호 규칙).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (pdf, geotiff, gpkg, csv).</source>
        <translation>알 수 없는 내보내기 형식 &quot;%1&quot;입니다(pdf, geotiff, gpkg, csv 중 하나).</translation>
    </message>
    <message>
        <source>export %1 needs --layer (usage: %2)</source>
        <translation>export %1에는 --layer가 필요합니다(사용법: %2)</translation>
    </message>
    <message>
        <source>export %1 writes one layer; only gpkg takes several.</source>
        <translation>export %1은(는) 레이어를 하나만 씁니다. 여러 레이어는 gpkg에서만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>--suppress must be a number of people, 0 or more (0 = off).</source>
        <translation>--suppress에는 0 이상의 인원 수를 지정해야 합니다(0 = 사용 안 함).</translation>
    </message>
    <message>
        <source>%1 has none of the times asked for; its first time is exported.</source>
        <translation>%1에 요청한 시점이 하나도 없어 첫 시점을 내보냅니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; is listed twice.</source>
        <translation>레이어 &quot;%1&quot;을(를) 두 번 지정했습니다.</translation>
    </message>
    <message>
        <source>None of the layers has a field &quot;%1&quot;.</source>
        <translation>필드 &quot;%1&quot;이(가) 있는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>None of the layers has values for time &quot;%1&quot;.</source>
        <translation>시점 &quot;%1&quot;의 값이 있는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language에는 &quot;%2&quot;이(가) 아니라 %1 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--runs takes run ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--runs에는 &quot;%1&quot;이(가) 아니라 쉼표로 구분한 분석 결과 ID를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--date must look like 2026-03-31, not &quot;%1&quot;.</source>
        <translation>--date는 &quot;%1&quot;이(가) 아니라 2026-03-31 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Saved the report template &quot;%1&quot; in the project.</source>
        <translation>보고서 템플릿 &quot;%1&quot;을(를) 프로젝트에 저장했습니다.</translation>
    </message>
    <message>
        <source>Report language (en, ko); default: the template&apos;s, else the system&apos;s</source>
        <translation>보고서 언어(en, ko). 기본값: 템플릿의 언어, 없으면 시스템 언어</translation>
    </message>
    <message>
        <source>Use the report template saved in the project under NAME</source>
        <translation>프로젝트에 NAME(이)라는 이름으로 저장된 보고서 템플릿 사용</translation>
    </message>
    <message>
        <source>Save this report&apos;s content in the project as template NAME</source>
        <translation>이 보고서의 구성을 NAME 템플릿으로 프로젝트에 저장</translation>
    </message>
    <message>
        <source>Sections, comma-separated: cover,contents,overview,maps,rankings,charts,runs,data</source>
        <translation>보고서 구성 항목(쉼표로 구분): cover,contents,overview,maps,rankings,charts,runs,data</translation>
    </message>
    <message>
        <source>Model runs to include (ids, comma-separated); default: the latest of each kind</source>
        <translation>포함할 분석 결과(ID, 쉼표로 구분). 기본값: 종류별 최근 분석 결과</translation>
    </message>
    <message>
        <source>Date on the cover (YYYY-MM-DD); default: today</source>
        <translation>표지에 넣을 날짜(YYYY-MM-DD). 기본값: 오늘</translation>
    </message>
    <message>
        <source>report needs a project and an output PDF (usage: %1)</source>
        <translation>report에는 프로젝트와 출력 PDF가 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>GeoTIFF cell size in metres (default: a grid&apos;s own cells, else 100)</source>
        <translation>GeoTIFF 셀 크기(미터, 기본값: 격자는 격자 자체의 셀, 그 외 100)</translation>
    </message>
    <message>
        <source>Cloud-optimised GeoTIFF</source>
        <translation>COG(클라우드 최적화 GeoTIFF)</translation>
    </message>
    <message>
        <source>Privacy threshold: counts of N or fewer people are suppressed (0 = off; default: the project&apos;s rule)</source>
        <translation>개인정보 보호 기준: N명 이하의 인원 수는 비공개 처리(0 = 끔, 기본값: 프로젝트 규칙)</translation>
    </message>
</context>
<context>
    <name>dosi::desktop</name>
    <message>
        <source>Dosi - GIS decision support</source>
        <translation>Dosi - GIS 의사결정 지원</translation>
    </message>
    <message>
        <source>A Dosi project (.dosi) to open.</source>
        <translation>열 Dosi 프로젝트(.dosi).</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation>프레임을 저장할 폴더</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source>Also make an MP4 video (H.264)</source>
        <translation>MP4 동영상(H.264)도 만들기</translation>
    </message>
    <message>
        <source>ffmpeg was not found on the PATH.</source>
        <translation>PATH에서 ffmpeg를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>끝:</translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation>크기(픽셀):</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Period B moves along with A</source>
        <translation>기간 B를 A와 함께 이동</translation>
    </message>
    <message>
        <source>Each frame compares its time with the time as far from B as it is from the current A (e.g. every hour of one week with the same hour of the other week). Off: every frame is compared with B as chosen.</source>
        <translation>각 프레임은 현재 A에서 떨어진 만큼 B에서 떨어진 시점과 비교합니다(예: 한 주의 매 시간을 다른 주의 같은 시간과). 끄면 모든 프레임을 선택한 B와 비교합니다.</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>비교:</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::AnimationExporter</name>
    <message>
        <source>An animation is already being exported.</source>
        <translation>이미 애니메이션을 내보내는 중입니다.</translation>
    </message>
    <message>
        <source>There is no thematic layer with a time axis to animate.</source>
        <translation>애니메이션으로 만들 수 있는, 시간 축이 있는 주제도 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The map has no view to export.</source>
        <translation>내보낼 지도 화면이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a folder for the frames.</source>
        <translation>프레임을 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>ffmpeg was not found on the PATH; export the PNG frames only, or install ffmpeg.</source>
        <translation>PATH에서 ffmpeg를 찾을 수 없습니다. PNG 프레임만 내보내거나 ffmpeg를 설치하십시오.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 저장한 파일은 없습니다.</translation>
    </message>
    <message>
        <source>Frame %1 (%2): %3</source>
        <translation>프레임 %1(%2): %3</translation>
    </message>
    <message>
        <source>The frame could not be drawn.</source>
        <translation>프레임을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1</source>
        <translation>
            <numerusform>%1에 프레임 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation>ffmpeg를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg 실행에 실패했습니다(종료 코드 %1): %2</translation>
    </message>
    <message>
        <source>ffmpeg wrote an empty video.</source>
        <translation>ffmpeg가 빈 동영상을 만들었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) and %1 written to %2</source>
        <translation>
            <numerusform>%2에 프레임 %n개와 %1을(를) 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1을(를) 덮어쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2.</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>The periods A and B are not on the layer&apos;s time axis.</source>
        <translation>기간 A와 B가 레이어의 시간축에 없습니다.</translation>
    </message>
    <message>
        <source>Period B, moved along with A, would leave the time axis at %1; export fewer frames or choose another period B.</source>
        <translation>A와 함께 이동한 기간 B가 %1에서 시간축을 벗어납니다. 프레임 수를 줄이거나 다른 기간 B를 선택하십시오.</translation>
    </message>
    <message>
        <source>The periods to compare are not set.</source>
        <translation>비교할 기간이 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::BookmarkPanel</name>
    <message>
        <source>Add Bookmark</source>
        <translation>북마크 추가</translation>
    </message>
    <message>
        <source>Rename Bookmark</source>
        <translation>북마크 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>화면 %1</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>북마크 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a bookmark of the current view, time and layers</source>
        <translation>현재 화면, 시간, 레이어를 북마크로 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Rename Bookmark…</source>
        <translation>북마크 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Bookmark</source>
        <translation>북마크 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous Bookmark</source>
        <translation>이전 북마크(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous bookmark (PageUp)</source>
        <translation>이전 북마크로 이동합니다(PageUp)</translation>
    </message>
    <message>
        <source>&amp;Next Bookmark</source>
        <translation>다음 북마크(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next bookmark (PageDown)</source>
        <translation>다음 북마크로 이동합니다(PageDown)</translation>
    </message>
    <message>
        <source>Double-click a bookmark to go to it</source>
        <translation>북마크를 두 번 클릭하면 그 위치로 이동합니다</translation>
    </message>
    <message>
        <source>Update Bookmark “%1”</source>
        <translation>북마크 “%1” 갱신</translation>
    </message>
    <message>
        <source>Add Bookmark “%1”</source>
        <translation>북마크 “%1” 추가</translation>
    </message>
    <message>
        <source>Rename Bookmark “%1”</source>
        <translation>북마크 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete Bookmark “%1”</source>
        <translation>북마크 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ChartPanel</name>
    <message>
        <source>The field &quot;%1&quot; is computed for the map and has no chart.</source>
        <translation type="vanished">필드 &quot;%1&quot;은(는) 지도 표시용으로 계산한 값이어서 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Click a unit on the map to see its chart; Ctrl+click adds units to compare.</source>
        <translation>지도에서 단위를 클릭하면 차트를 볼 수 있습니다. Ctrl+클릭하면 비교할 단위를 추가합니다.</translation>
    </message>
    <message>
        <source>Click the chart to go to a time; click a line to highlight its unit.</source>
        <translation>차트를 클릭하면 그 시간으로 이동하고, 선을 클릭하면 해당 단위를 강조 표시합니다.</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot; to chart.</source>
        <translation>레이어에 차트로 그릴 필드 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ComparePanel</name>
    <message>
        <source>Time step</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>%1 (whole day)</source>
        <translation>%1 (하루 전체)</translation>
    </message>
    <message>
        <source>%1 – %2 (W%3)</source>
        <translation>%1 – %2 (%3주차)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Difference map (A − B)</source>
        <translation>차이 지도(A − B)</translation>
    </message>
    <message>
        <source>Side by side (A | B)</source>
        <translation>나란히 보기(A | B)</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>비교:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Compare the current period (A) with another period (B)</source>
        <translation>현재 기간(A)을 다른 기간(B)과 비교합니다</translation>
    </message>
    <message>
        <source>Period A follows the time slider</source>
        <translation>기간 A는 시간 슬라이더를 따릅니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>GeoTIFF (raster, .tif)</source>
        <translation>GeoTIFF(래스터, .tif)</translation>
    </message>
    <message>
        <source>GeoPackage (layers with QGIS styles, .gpkg)</source>
        <translation>GeoPackage(QGIS 스타일을 포함한 레이어, .gpkg)</translation>
    </message>
    <message>
        <source>CSV table for Excel (.csv)</source>
        <translation>Excel용 CSV 표(.csv)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>필드:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>시점:</translation>
    </message>
    <message>
        <source>Cell size:</source>
        <translation>셀 크기:</translation>
    </message>
    <message>
        <source>Suppress counts of people up to:</source>
        <translation>비공개 처리할 인원 수(이하):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>현재(%1)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>첫 시점</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>선택:</translation>
    </message>
    <message>
        <source>Automatic (a grid&apos;s own cells, else 100 m)</source>
        <translation>자동(격자 레이어는 자체 셀, 그 밖에는 100 m)</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Cloud-optimised GeoTIFF (COG)</source>
        <translation>COG(클라우드 최적화 GeoTIFF)</translation>
    </message>
    <message>
        <source>Off (nothing suppressed)</source>
        <translation>사용 안 함(비공개 처리 없음)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 명</translation>
    </message>
    <message>
        <source>Counts of this many people or fewer are left out of the file, as Seoul does (its files show them as *). The project&apos;s rule is the default.</source>
        <translation>서울시 공개 자료와 마찬가지로 이 인원 수 이하의 값은 파일에서 제외합니다(서울시 파일에서는 *로 표시). 기본값은 프로젝트의 규칙입니다.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>(each layer&apos;s default)</source>
        <translation>(레이어별 기본값)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 파일</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a layer to export.</source>
        <translation>내보낼 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose at least one time.</source>
        <translation>시점을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>취소했습니다. 저장한 파일은 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n layer(s) to %1.</source>
        <translation>
            <numerusform>%1(으)로 레이어 %n개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is estimated by a model; the file says so.</source>
        <translation>%1은(는) 모형으로 추정한 값이며, 파일에 그렇게 표시했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) of %2 or fewer people suppressed (privacy rule).</source>
        <translation>
            <numerusform>%1: %2명 이하인 값 %n개를 비공개 처리했습니다(개인정보 보호 규칙).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: counts of people exported without suppression (privacy rule off).</source>
        <translation>%1: 인원 수를 비공개 처리 없이 내보냈습니다(개인정보 보호 규칙 꺼짐).</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ImportJob</name>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>세미콜론(;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>쉼표(,)</translation>
    </message>
    <message>
        <source>Seoul living population by dong (32 columns)</source>
        <translation>서울 행정동 생활인구 32열 형식</translation>
    </message>
    <message>
        <source>Seoul living population by gu</source>
        <translation>서울 자치구 생활인구</translation>
    </message>
    <message>
        <source>Seoul living population on the 250 m grid</source>
        <translation>서울 250 m 격자 생활인구</translation>
    </message>
    <message>
        <source>Weekly living population (JSON)</source>
        <translation>주간 생활인구(JSON)</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>구분자: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>형식: %1</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>좌표계: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>피처: %1개</translation>
    </message>
    <message>
        <source>No code field was detected; choose one on the next page.</source>
        <translation>코드 필드를 찾지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Code field: %1</source>
        <translation>코드 필드: %1</translation>
    </message>
    <message>
        <source>Label field: %1</source>
        <translation>이름 필드: %1</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system.</source>
        <translation>%1에 좌표계 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>스키마: %1</translation>
    </message>
    <message>
        <source>No key column was detected; choose one on the next page.</source>
        <translation>키 열을 찾지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Key column: %1</source>
        <translation>키 열: %1</translation>
    </message>
    <message>
        <source>Time column: %1</source>
        <translation>시간 열: %1</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>선택한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>This kind of import takes exactly one file.</source>
        <translation>이 종류의 가져오기는 파일을 하나만 받습니다.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 feature(s) from %3 (%4 → EPSG:5179).</source>
        <translation>%3에서 피처 %2개 중 %1개를 가져왔습니다(%4 → EPSG:5179).</translation>
    </message>
    <message>
        <source>%1 invalid geometries repaired, %2 empty skipped.</source>
        <translation>잘못된 도형 %1개를 고쳤고 빈 도형 %2개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Code field: %1; label field: %2.</source>
        <translation>코드 필드: %1, 이름 필드: %2.</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2 file(s) (%3).</source>
        <translation>파일 %2개에서 레코드 %1개를 가져왔습니다(%3).</translation>
    </message>
    <message>
        <source>%1 masked value(s) kept as masked.</source>
        <translation>비공개 값(*) %1개는 비공개로 보존했습니다.</translation>
    </message>
    <message>
        <source>No feature layer has these unit codes; the layer is stored without a map layer.</source>
        <translation>이 단위 코드를 가진 지도 레이어가 없어 지도 레이어 없이 저장했습니다.</translation>
    </message>
    <message>
        <source>Joined to layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;에 연결: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>가져온 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Enter a name for the new layer.</source>
        <translation>새 레이어의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The layer name must not begin or end with a space.</source>
        <translation>레이어 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>First %1 lines: %2</source>
        <translation>처음 %1행: %2</translation>
    </message>
    <message>
        <source>First file: %1</source>
        <translation>첫 파일: %1</translation>
    </message>
    <message>
        <source>%1 record(s), %2 masked value(s)</source>
        <translation>레코드 %1개, 비공개 값 %2개</translation>
    </message>
    <message>
        <source>The project has no boundary layer to place the commercial areas in; import the dong boundaries first.</source>
        <translation>프로젝트에 상권을 배치할 경계 레이어가 없습니다. 먼저 행정동 경계를 가져오세요.</translation>
    </message>
    <message>
        <source>The project has no boundary layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 경계 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; another origin-destination table is imported one file at a time.</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 다른 OD 표는 한 번에 파일 하나씩 가져옵니다.</translation>
    </message>
    <message>
        <source>Choose the commercial-area file on the first page.</source>
        <translation>첫 페이지에서 상권 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the key column (unit code).</source>
        <translation>키 열(단위 코드)을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the origin column.</source>
        <translation>출발지 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the destination column.</source>
        <translation>도착지 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the count column.</source>
        <translation>인원 수 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the x and y columns, or one &quot;lat,lon&quot; column.</source>
        <translation>x, y 열 또는 &quot;lat,lon&quot; 열 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the columns to use.</source>
        <translation>사용할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the coordinate system of the x and y columns.</source>
        <translation>x, y 열의 좌표계를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 ~ %2 (%3개)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>guessed from the values; EPSG:5186 and EPSG:5174 give similar numbers</source>
        <translation>값으로 추정함, EPSG:5186·EPSG:5174도 좌표값이 비슷함</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; choose its origin, destination and count columns (its columns are: %2).</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 출발지, 도착지, 인원 수 열을 선택하세요(열 목록: %2).</translation>
    </message>
    <message>
        <source>Seoul movement by origin and destination (OA-22300)</source>
        <translation>서울 출발지·도착지별 생활이동(OA-22300)</translation>
    </message>
    <message>
        <source>%1 record(s) in %2 origin-destination cell(s), %3 zone(s), %4 masked count(s)</source>
        <translation>레코드 %1개(OD 셀 %2개), 존 %3개, 비공개 인원 수 %4개</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>시간대: %1</translation>
    </message>
    <message>
        <source>origin-destination table</source>
        <translation>출발지-도착지(OD) 표</translation>
    </message>
    <message>
        <source>This is not a Seoul movement (OA-22300) file, and its origin, destination and count columns were not all detected: choose them on the next page.</source>
        <translation>서울 생활이동(OA-22300) 파일이 아니며 출발지, 도착지, 인원 수 열을 모두 찾지는 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Origin: %1, destination: %2, count: %3, period: %4</source>
        <translation>출발지: %1, 도착지: %2, 인원 수: %3, 기간: %4</translation>
    </message>
    <message>
        <source>%1 record(s) in %2 origin-destination cell(s), %3 zone(s)</source>
        <translation>레코드 %1개(OD 셀 %2개), 존 %3개</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2 file(s) into %3 origin-destination cell(s) (%4).</source>
        <translation>파일 %2개에서 레코드 %1개를 가져와 OD 셀 %3개로 모았습니다(%4).</translation>
    </message>
    <message>
        <source>%1 masked count(s) kept as masked.</source>
        <translation>비공개 인원 수(*) %1개는 비공개로 보존했습니다.</translation>
    </message>
    <message>
        <source>No feature layer has these zone codes; the layer is stored without zones.</source>
        <translation>이 존 코드를 가진 지도 레이어가 없어 레이어를 존 없이 저장했습니다.</translation>
    </message>
    <message>
        <source>Zones of layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;의 존: %2</translation>
    </message>
    <message>
        <source>Seoul estimated card sales by commercial area</source>
        <translation>서울 상권별 카드 추정매출</translation>
    </message>
    <message>
        <source>Commercial areas: %1 read from %2, %3 placed in a dong of &quot;%4&quot;</source>
        <translation>상권: %2에서 %1개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치</translation>
    </message>
    <message>
        <source>%1 sales row(s) of %2 commercial area(s), %3 placed in a dong</source>
        <translation>상권 %2개의 매출 행 %1개(행정동에 배치한 행 %3개)</translation>
    </message>
    <message>
        <source>Quarters: %1</source>
        <translation>분기: %1</translation>
    </message>
    <message>
        <source>Commercial areas in %1: %2 read, %3 placed in a dong of &quot;%4&quot;, %5 in no dong.</source>
        <translation>%1의 상권: %2개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치했고, %5개는 어느 행정동에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The areas file&apos;s own dong code agrees with the polygon for %1 of %2 (%3 %).</source>
        <translation>상권 파일에 적힌 행정동 코드가 폴리곤과 일치하는 상권: %2개 중 %1개(%3 %).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 sales row(s) from %3 file(s): &quot;%4&quot; has %5 record(s) by dong and quarter, &quot;%6&quot; has %7 record(s) by dong, industry and quarter.</source>
        <translation>파일 %3개에서 매출 행 %2개 중 %1개를 가져왔습니다: &quot;%4&quot;에는 행정동·분기별 레코드 %5개, &quot;%6&quot;에는 행정동·업종·분기별 레코드 %7개가 있습니다.</translation>
    </message>
    <message>
        <source>No coordinate columns were detected: choose the x and y columns (or one &quot;lat,lon&quot; column) and the coordinate system on the next page.</source>
        <translation>좌표 열을 찾지 못했습니다. 다음 페이지에서 x, y 열(또는 &quot;lat,lon&quot; 열 하나)과 좌표계를 선택하세요.</translation>
    </message>
    <message>
        <source>X column: %1, Y column: %2</source>
        <translation>X 열: %1, Y 열: %2</translation>
    </message>
    <message>
        <source>Lat,lon column: %1</source>
        <translation>위경도(lat,lon) 열: %1</translation>
    </message>
    <message>
        <source>The coordinate system was not recognised from the values; choose it on the next page.</source>
        <translation>값으로 좌표계를 알아내지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2)</source>
        <translation>좌표계: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 point(s)</source>
        <translation>점 %1개</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>데이터 선택</translation>
    </message>
    <message>
        <source>What kind of data, and which file(s)?</source>
        <translation>어떤 데이터를 어느 파일에서 가져올까요?</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>데이터 종류(&amp;K):</translation>
    </message>
    <message>
        <source>Boundaries (any GDAL vector source)</source>
        <translation>경계(GDAL 벡터 자료)</translation>
    </message>
    <message>
        <source>Points (any GDAL vector source)</source>
        <translation>점(GDAL 벡터 자료)</translation>
    </message>
    <message>
        <source>Living population (CSV or JSON, many files)</source>
        <translation>생활인구(CSV 또는 JSON, 여러 파일)</translation>
    </message>
    <message>
        <source>Indicator table (CSV with a key column)</source>
        <translation>지표 표(키 열이 있는 CSV)</translation>
    </message>
    <message>
        <source>Polygons such as 행정동 boundaries: GeoJSON, Shapefile, GeoPackage or CSV with WKT. They are reprojected to EPSG:5179 and invalid geometries are repaired.</source>
        <translation>행정동 경계 같은 폴리곤: GeoJSON, Shapefile, GeoPackage 또는 WKT가 든 CSV. EPSG:5179로 변환하고 잘못된 도형은 고칩니다.</translation>
    </message>
    <message>
        <source>Facilities or candidate sites (CCTV, chargers, stations) from any GDAL vector source.</source>
        <translation>GDAL이 읽는 벡터 자료의 시설 또는 후보지(CCTV, 충전기, 소방서 등).</translation>
    </message>
    <message>
        <source>Seoul living population by dong, by gu or on the 250 m grid (CSV, CP949 or UTF-8), or weekly JSON files. Choose all days at once; the schema is detected.</source>
        <translation>서울 생활인구(행정동, 자치구 또는 250 m 격자; CSV, CP949 또는 UTF-8)나 주간 JSON 파일. 모든 날짜의 파일을 한 번에 고르세요. 스키마는 자동으로 인식합니다.</translation>
    </message>
    <message>
        <source>Any table of indicators by unit code, optionally by year, quarter or day (e.g. population by dong and year).</source>
        <translation>단위 코드별 지표 표. 연도, 분기 또는 날짜별일 수도 있습니다(예: 행정동별 연도별 인구).</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>The first rows of the first file and what was detected.</source>
        <translation>첫 파일의 처음 몇 행과 자동으로 인식한 내용입니다.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Layer and fields</source>
        <translation>레이어와 필드</translation>
    </message>
    <message>
        <source>Name the new layer and check the fields Dosi will use.</source>
        <translation>새 레이어의 이름을 정하고 Dosi가 사용할 필드를 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>레이어 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>문자 인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&amp;Code field:</source>
        <translation>코드 필드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Label field:</source>
        <translation>이름 필드(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Key column (unit code):</source>
        <translation>키 열(단위 코드)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>시간 열(&amp;T):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(자동 인식)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>The data is read in the background; the project changes only when it has all been read.</source>
        <translation>데이터는 백그라운드에서 읽습니다. 모두 읽은 뒤에만 프로젝트가 바뀝니다.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;All files (*)</source>
        <translation>벡터 자료 (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Living population (*.csv *.json);;All files (*)</source>
        <translation>생활인구 (*.csv *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>표 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose Files</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>미리 보기를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; was added to the project.</source>
        <translation>레이어 &quot;%1&quot;을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>가져오기에 실패했습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>가져오기를 취소했습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Layers %1 were added to the project.</source>
        <translation>레이어 %1을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <source>Points from a CSV with coordinate columns</source>
        <translation>점(좌표 열이 있는 CSV)</translation>
    </message>
    <message>
        <source>Movement / origin-destination flows (CSV, many files)</source>
        <translation>생활이동 / OD 통행량(CSV, 여러 파일)</translation>
    </message>
    <message>
        <source>Card sales by commercial area (CSV, many files)</source>
        <translation>상권별 카드 매출(CSV, 여러 파일)</translation>
    </message>
    <message>
        <source>Facilities or candidate sites from a table with x/y columns in a coordinate system you choose (e.g. EPSG:4326 longitude/latitude or EPSG:5181), or with one &quot;lat,lon&quot; column.</source>
        <translation>x/y 열(좌표계는 직접 선택, 예: EPSG:4326 경위도 또는 EPSG:5181)이나 &quot;lat,lon&quot; 열 하나가 있는 표의 시설 또는 후보지.</translation>
    </message>
    <message>
        <source>Seoul 생활이동 files (OA-22300; choose all days at once), or one origin-destination table of any other source, whose origin, destination, count and period columns you choose.</source>
        <translation>서울 생활이동 파일(OA-22300, 모든 날짜의 파일을 한 번에 고르세요) 또는 다른 출처의 OD 표 하나. OD 표는 출발지, 도착지, 인원 수, 기간 열을 직접 고릅니다.</translation>
    </message>
    <message>
        <source>Seoul 상권분석서비스 estimated sales (추정매출, 55 columns; many quarters at once). Each commercial area is placed in a dong through the commercial-area file (영역-상권, OA-15560).</source>
        <translation>서울시 상권분석서비스 추정매출(55열, 여러 분기를 한 번에). 각 상권은 상권 영역 파일(영역-상권, OA-15560)을 이용해 행정동에 배치합니다.</translation>
    </message>
    <message>
        <source>I&amp;d field:</source>
        <translation>ID 필드(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Origin column:</source>
        <translation>출발지 열(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Destination column:</source>
        <translation>도착지 열(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Period column:</source>
        <translation>기간 열(&amp;P):</translation>
    </message>
    <message>
        <source>Co&amp;unt column:</source>
        <translation>인원 수 열(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;X column (easting or longitude):</source>
        <translation>X 열(동서 좌표 또는 경도)(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Y column (northing or latitude):</source>
        <translation>Y 열(남북 좌표 또는 위도)(&amp;Y):</translation>
    </message>
    <message>
        <source>Lat,lon col&amp;umn:</source>
        <translation>위경도(lat,lon) 열(&amp;U):</translation>
    </message>
    <message>
        <source>(generated: 1, 2, 3, …)</source>
        <translation>(자동 생성: 1, 2, 3, …)</translation>
    </message>
    <message>
        <source>(same as the id)</source>
        <translation>(ID와 같음)</translation>
    </message>
    <message>
        <source>Co&amp;mmercial areas (OA-15560):</source>
        <translation>상권 영역(OA-15560)(&amp;M):</translation>
    </message>
    <message>
        <source>CSV with the commercial-area codes and X/Y in EPSG:5181</source>
        <translation>상권 코드와 EPSG:5181 X/Y 좌표가 있는 CSV</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Coordinate &amp;system:</source>
        <translation>좌표계(&amp;S):</translation>
    </message>
    <message>
        <source>WGS 84, longitude/latitude</source>
        <translation>WGS 84 경위도</translation>
    </message>
    <message>
        <source>Korea 2000 / Unified CS (Dosi&apos;s own)</source>
        <translation>Korea 2000 / Unified CS (UTM-K, Dosi 기본 좌표계)</translation>
    </message>
    <message>
        <source>Korea 2000 / Central Belt (Seoul open data, Kakao)</source>
        <translation>Korea 2000 / Central Belt (중부원점, 서울 열린데이터·카카오)</translation>
    </message>
    <message>
        <source>Korea 2000 / Central Belt 2010</source>
        <translation>Korea 2000 / Central Belt 2010 (중부원점)</translation>
    </message>
    <message>
        <source>Korean 1985 / Modified Central Belt</source>
        <translation>Korean 1985 / Modified Central Belt (보정된 중부원점, Bessel)</translation>
    </message>
    <message>
        <source>S&amp;kip rows with invalid coordinates (listed in the report)</source>
        <translation>좌표가 잘못된 행 건너뛰기(보고서에 목록 표시)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Dong layer:</source>
        <translation>행정동 레이어(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Join to layer:</source>
        <translation>결합할 레이어(&amp;J):</translation>
    </message>
    <message>
        <source>(best match)</source>
        <translation>(가장 잘 맞는 레이어)</translation>
    </message>
    <message>
        <source>Choose the Commercial-Area File</source>
        <translation>상권 파일 선택</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LayerPanel</name>
    <message>
        <source>boundaries</source>
        <translation>경계</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>thematic</source>
        <translation>주제도</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Thematic layer drawn on %1; %n record(s)</source>
        <translation>
            <numerusform>%1 위에 그리는 주제도 레이어, 레코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>피처 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the layer up (drawn later)</source>
        <translation>레이어를 위로 이동(나중에 그림)</translation>
    </message>
    <message>
        <source>Move the layer down (drawn earlier)</source>
        <translation>레이어를 아래로 이동(먼저 그림)</translation>
    </message>
    <message>
        <source>Top of the list is drawn on top. Drag layers to reorder them.</source>
        <translation>목록 맨 위의 레이어가 가장 위에 그려집니다. 끌어서 순서를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Not shown: one thematic layer is drawn at a time. Select or check it to show it.</source>
        <translation>표시되지 않음: 주제도 레이어는 한 번에 하나만 그립니다. 선택하거나 체크하면 표시됩니다.</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>불투명도:</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>선택한 레이어의 불투명도</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationCurveChart</name>
    <message>
        <source>New facilities (p)</source>
        <translation>신규 시설 수(p)</translation>
    </message>
    <message>
        <source>Covered demand (%)</source>
        <translation>커버된 수요(%)</translation>
    </message>
    <message>
        <source>Gain over p − 1 (points)</source>
        <translation>p − 1 대비 증가(%p)</translation>
    </message>
    <message>
        <source>Covered share</source>
        <translation>커버율</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>최적해 증명됨</translation>
    </message>
    <message>
        <source>Marginal gain</source>
        <translation>한계 증가분</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationPanel</name>
    <message>
        <source>Location analysis</source>
        <translation>입지 분석</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Location analysis failed</source>
        <translation>입지 분석에 실패했습니다</translation>
    </message>
    <message>
        <source>The coverage curve needs a coverage model (LSCP or MCLP) with a service standard.</source>
        <translation>커버리지 곡선에는 서비스 기준을 지정한 커버링 모형(LSCP 또는 MCLP)이 필요합니다.</translation>
    </message>
    <message>
        <source>Coverage curve for p = 1…%1: %2 demand units, %3 candidates</source>
        <translation>p = 1…%1 커버리지 곡선 계산: 수요 단위 %2개, 후보지 %3개</translation>
    </message>
    <message>
        <source>Solving %1: %2 demand units, %3 candidates</source>
        <translation>%1 최적화: 수요 단위 %2개, 후보지 %3개</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>취소했습니다. 저장한 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Stored as run %1: proven optimal, %2 s.</source>
        <translation>분석 결과 %1번으로 저장했습니다: 최적해 증명됨, %2초.</translation>
    </message>
    <message>
        <source>Stored as run %1: gap %2 %, %3 s.</source>
        <translation>분석 결과 %1번으로 저장했습니다: 갭 %2 %, %3초.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>What to place, where the demand and the candidate sites are, and the service standard</source>
        <translation>배치할 시설, 수요와 후보지의 위치, 서비스 기준을 정합니다</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>결과(&amp;U)</translation>
    </message>
    <message>
        <source>Summary, selected sites and the coverage curve of the run shown</source>
        <translation>표시 중인 분석 결과의 요약, 선정된 입지, 커버리지 곡선</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>분석 결과 목록(&amp;U)</translation>
    </message>
    <message>
        <source>Location runs stored in the project, side by side</source>
        <translation>프로젝트에 저장된 입지 분석 결과를 나란히 비교합니다</translation>
    </message>
    <message>
        <source>Sol&amp;ve</source>
        <translation>최적화 실행(&amp;V)</translation>
    </message>
    <message>
        <source>Solve the scenario, store the run in the project and show it on the map</source>
        <translation>시나리오를 최적화하고 분석 결과를 프로젝트에 저장한 뒤 지도에 표시합니다</translation>
    </message>
    <message>
        <source>Coverage &amp;curve</source>
        <translation>커버리지 곡선(&amp;C)</translation>
    </message>
    <message>
        <source>Covered demand for p = 1 … N new facilities (MCLP), charted, so you see where another facility stops paying</source>
        <translation>신규 시설 p = 1 … N개에 대해 커버되는 수요(MCLP)를 차트로 그려, 시설을 더 늘려도 효과가 거의 없어지는 지점을 보여 줍니다</translation>
    </message>
    <message>
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <source>The largest p of the coverage curve</source>
        <translation>커버리지 곡선의 최대 p</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationResultsTab</name>
    <message>
        <source>Solve a scenario, or pick a stored run in the Runs tab.</source>
        <translation>시나리오를 최적화하거나 [분석 결과 목록] 탭에서 저장된 분석 결과를 고르십시오.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>No coverage curve with this run (use &quot;Coverage curve&quot; to chart coverage as p grows).</source>
        <translation>이 분석 결과에는 커버리지 곡선이 없습니다(p 증가에 따른 커버리지를 차트로 보려면 &quot;커버리지 곡선&quot;을 사용하십시오).</translation>
    </message>
    <message>
        <source>Coverage as p grows — %1</source>
        <translation>p 증가에 따른 커버리지 — %1</translation>
    </message>
    <message>
        <source>, standard %1</source>
        <translation>, 기준 %1</translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation>, p = %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3%4 (run %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3%4 (분석 결과 %5번)</translation>
    </message>
    <message>
        <source>New facilities needed</source>
        <translation>필요한 신규 시설 수</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목적함수 값</translation>
    </message>
    <message>
        <source>Total weighted cost</source>
        <translation>총 가중 비용</translation>
    </message>
    <message>
        <source>Largest cost</source>
        <translation>최대 비용</translation>
    </message>
    <message>
        <source>What the model optimises: covered demand (MCLP), new facilities (LSCP), total weighted cost (p-median) or the largest cost (p-center)</source>
        <translation>모형이 최적화하는 값: 커버된 수요(MCLP), 신규 시설 수(LSCP), 총 가중 비용(p-median) 또는 최대 비용(p-center)</translation>
    </message>
    <message>
        <source>Optimality</source>
        <translation>최적성</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>최적해 증명됨</translation>
    </message>
    <message>
        <source>Not proven: gap %1 %</source>
        <translation>최적성 미증명: 갭 %1 %</translation>
    </message>
    <message>
        <source>Covered demand</source>
        <translation>커버된 수요</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>Covered share</source>
        <translation>커버율</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Covered units</source>
        <translation>커버된 수요 단위</translation>
    </message>
    <message>
        <source>Demand points (areas, cells) within the service standard of an open site</source>
        <translation>운영 시설의 서비스 기준 이내에 있는 수요 지점(구역, 셀)</translation>
    </message>
    <message>
        <source>Unreachable units</source>
        <translation>도달 불가 수요 단위</translation>
    </message>
    <message>
        <source>Demand points no candidate site and no existing facility can serve within the standard</source>
        <translation>어떤 후보지나 기존 시설로도 기준 이내에서 서비스할 수 없는 수요 지점</translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation>평균 비용</translation>
    </message>
    <message>
        <source>Open sites</source>
        <translation>운영 시설</translation>
    </message>
    <message>
        <source>%1 (%2 existing, %3 new)</source>
        <translation>%1개(기존 %2개, 신규 %3개)</translation>
    </message>
    <message>
        <source>Best bound</source>
        <translation>최선 한계값</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>갭</translation>
    </message>
    <message>
        <source>Solved by</source>
        <translation>풀이 방법</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>소요 시간(초)</translation>
    </message>
    <message>
        <source>Total demand</source>
        <translation>총수요</translation>
    </message>
    <message>
        <source>Demand units</source>
        <translation>수요 단위 수</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>입지</translation>
    </message>
    <message>
        <source>The sites layer of this run was removed.</source>
        <translation>이 분석 결과의 입지 레이어가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>기존</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Selected sites (layer %1): %2 new, %3 existing</source>
        <translation>선정된 입지(레이어 %1): 신규 %2개, 기존 %3개</translation>
    </message>
    <message>
        <source>Selected sites (layer %1)</source>
        <translation>선정된 입지(레이어 %1)</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>시나리오 편집</translation>
    </message>
    <message>
        <source>Load this run&apos;s scenario into the Scenario tab, to change it and solve again</source>
        <translation>이 분석 결과의 시나리오를 [시나리오] 탭으로 불러와 수정한 뒤 다시 최적화합니다</translation>
    </message>
    <message>
        <source>Selected sites</source>
        <translation>선정된 입지</translation>
    </message>
    <message>
        <source>Coverage curve</source>
        <translation>커버리지 곡선</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>입지 ID</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>입지 이름</translation>
    </message>
    <message>
        <source>Existing or new</source>
        <translation>기존/신규</translation>
    </message>
    <message>
        <source>Covered demand served</source>
        <translation>이 입지가 커버하는 수요</translation>
    </message>
    <message>
        <source>Demand points served</source>
        <translation>이 입지가 서비스하는 수요 지점 수</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationRunsTab</name>
    <message>
        <source>Run</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모형</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>서비스 기준</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목적함수 값</translation>
    </message>
    <message>
        <source>Covered demand</source>
        <translation>커버된 수요</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>커버율(%)</translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation>평균 비용</translation>
    </message>
    <message>
        <source>Max cost</source>
        <translation>최대 비용</translation>
    </message>
    <message>
        <source>Optimal / gap</source>
        <translation>최적 / 갭</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>소요 시간(초)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>최적</translation>
    </message>
    <message>
        <source>gap %1 %</source>
        <translation>갭 %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n location run(s) (%1) and their result layers from the project?</source>
        <translation>
            <numerusform>프로젝트에서 입지 분석 결과 %n개(%1)와 결과 레이어를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the run</source>
        <translation>분석 결과를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Every location run stored in the project, side by side. Select one to show its results and layers.</source>
        <translation>프로젝트에 저장된 모든 입지 분석 결과를 나란히 보여 줍니다. 하나를 선택하면 그 결과와 레이어를 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <source>Show the run&apos;s results and its layers on the map</source>
        <translation>분석 결과를 표시하고 결과 레이어를 지도에 표시합니다</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove the selected runs and their result layers from the project</source>
        <translation>선택한 분석 결과와 결과 레이어를 프로젝트에서 삭제합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationScenarioEditor</name>
    <message>
        <source>(drawn on the map only)</source>
        <translation>(지도에 그린 후보지만)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(choose a line layer)</source>
        <translation>(선 레이어를 선택하십시오)</translation>
    </message>
    <message>
        <source>(everywhere)</source>
        <translation>(전체 지역)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(fields of the demand layer)</source>
        <translation>(수요 레이어의 필드)</translation>
    </message>
    <message>
        <source>(none: every unit weighs 1)</source>
        <translation>(없음: 모든 수요 단위의 가중치 1)</translation>
    </message>
    <message>
        <source>(default speed)</source>
        <translation>(기본 속도)</translation>
    </message>
    <message>
        <source>(every road two-way)</source>
        <translation>(모든 도로 양방향)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (없음)</translation>
    </message>
    <message>
        <source>Cost Table</source>
        <translation>비용표</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>구분 문자 텍스트 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the demand layer.</source>
        <translation>수요 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the field and the values (e.g. 강남구) of the study area, or study everywhere.</source>
        <translation>분석 대상 지역의 필드와 값(예: 강남구)을 선택하거나 전체 지역을 분석하십시오.</translation>
    </message>
    <message>
        <source>Choose a layer of candidate sites, or draw candidate sites on the map.</source>
        <translation>후보지 레이어를 선택하거나 지도에 후보지를 그리십시오.</translation>
    </message>
    <message>
        <source>Choose the cost table (a CSV file with from, to and cost columns).</source>
        <translation>비용표(from, to, cost 열이 있는 CSV 파일)를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the road layer (a line layer) for travel times on the network.</source>
        <translation>도로망 통행 시간 계산에 쓸 도로 레이어(선 레이어)를 선택하십시오.</translation>
    </message>
    <message>
        <source>(choose a saved scenario)</source>
        <translation>(저장된 시나리오 선택)</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>시나리오를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Remove the saved scenario &quot;%1&quot; from the project?</source>
        <translation>저장된 시나리오 &quot;%1&quot;을(를) 프로젝트에서 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot remove the scenario</source>
        <translation>시나리오를 삭제할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) drawn</source>
        <translation>
            <numerusform>그린 점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>저장된 시나리오:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save the scenario in the project under its name (replacing one of the same name)</source>
        <translation>시나리오를 현재 이름으로 프로젝트에 저장합니다(같은 이름의 시나리오는 대체)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Remove the chosen saved scenario from the project</source>
        <translation>선택한 저장 시나리오를 프로젝트에서 삭제합니다</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>e.g. Gangnam CCTV 2026</source>
        <translation>예: 강남구 CCTV 2026</translation>
    </message>
    <message>
        <source>Facility type:</source>
        <translation>시설 유형:</translation>
    </message>
    <message>
        <source>Choosing a type sets a model, distance and service standard that suit it</source>
        <translation>유형을 선택하면 그에 맞는 모형, 거리 측정 방식, 서비스 기준이 설정됩니다</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모형:</translation>
    </message>
    <message>
        <source>LSCP: the fewest new facilities so that all coverable demand is within the standard</source>
        <translation>LSCP: 커버 가능한 모든 수요가 기준 이내에 들도록 하는 최소 수의 신규 시설</translation>
    </message>
    <message>
        <source>MCLP: the p new facilities that cover the most demand within the standard</source>
        <translation>MCLP: 기준 이내에서 가장 많은 수요를 커버하는 신규 시설 p개</translation>
    </message>
    <message>
        <source>p-median: the p new facilities with the least total weighted cost</source>
        <translation>p-median: 총 가중 비용이 가장 작은 신규 시설 p개</translation>
    </message>
    <message>
        <source>p-center: the p new facilities with the least maximum cost</source>
        <translation>p-center: 최대 비용이 가장 작은 신규 시설 p개</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>수요</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Where the demand is: points as they are, areas and grid cells by an interior point</source>
        <translation>수요의 위치: 점은 그대로, 면과 격자 셀은 내부의 대표점을 씁니다</translation>
    </message>
    <message>
        <source>Weight from:</source>
        <translation>가중치 출처:</translation>
    </message>
    <message>
        <source>A field of the demand layer itself, or of a measure layer over it (e.g. living population)</source>
        <translation>수요 레이어 자체의 필드 또는 그 레이어에 연결된 측정값 레이어(예: 생활인구)의 필드</translation>
    </message>
    <message>
        <source>Weight field:</source>
        <translation>가중치 필드:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>시점:</translation>
    </message>
    <message>
        <source>One time (e.g. 2019-03-06T03), an hour range as FROM..TO (e.g. 03..05, the mean), or empty for the mean over all times</source>
        <translation>한 시점(예: 2019-03-06T03), FROM..TO 형식의 시간대 범위(예: 03..05, 평균값) 또는 전체 시점 평균을 쓰려면 비워 둡니다</translation>
    </message>
    <message>
        <source>mean over all times</source>
        <translation>전체 시점 평균</translation>
    </message>
    <message>
        <source>Study area:</source>
        <translation>분석 대상 지역:</translation>
    </message>
    <message>
        <source>Optional: only demand and candidate sites inside some areas of this layer (existing facilities outside still serve them)</source>
        <translation>선택 사항: 이 레이어의 일부 구역 안에 있는 수요와 후보지만 분석합니다(구역 밖의 기존 시설도 계속 서비스함)</translation>
    </message>
    <message>
        <source>Where field:</source>
        <translation>조건 필드:</translation>
    </message>
    <message>
        <source>Is one of:</source>
        <translation>해당 값:</translation>
    </message>
    <message>
        <source>One value or several separated by commas, e.g. 강남구, 서초구</source>
        <translation>값 하나 또는 쉼표로 구분한 여러 값, 예: 강남구, 서초구</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>후보지</translation>
    </message>
    <message>
        <source>A points layer, or a grid layer (its cell centres); points drawn on the map are added</source>
        <translation>점 레이어 또는 격자 레이어(셀 중심점). 지도에 그린 점도 추가됩니다</translation>
    </message>
    <message>
        <source>Drawn:</source>
        <translation>그린 후보지:</translation>
    </message>
    <message>
        <source>Draw on map</source>
        <translation>지도에 그리기</translation>
    </message>
    <message>
        <source>While pressed, each click on the map adds a candidate site there</source>
        <translation>눌려 있는 동안 지도를 클릭할 때마다 그 위치에 후보지를 추가합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Remove the candidate sites drawn on the map</source>
        <translation>지도에 그린 후보지를 지웁니다</translation>
    </message>
    <message>
        <source>Existing:</source>
        <translation>기존 시설:</translation>
    </message>
    <message>
        <source>Facilities already there (a points layer): open in every model, not counted in p</source>
        <translation>이미 있는 시설(점 레이어): 모든 모형에서 운영 시설로 두며 p에 포함하지 않습니다</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Measured as:</source>
        <translation>측정 방식:</translation>
    </message>
    <message>
        <source>Straight line (EPSG:5179 metres)</source>
        <translation>직선거리(EPSG:5179, 미터)</translation>
    </message>
    <message>
        <source>Cost table (CSV: from, to, cost)</source>
        <translation>비용표(CSV: from, to, cost)</translation>
    </message>
    <message>
        <source>Travel time on a road network (minutes)</source>
        <translation>도로망 통행 시간(분)</translation>
    </message>
    <message>
        <source>Distances in metres, as the crow flies.</source>
        <translation>미터 단위 직선거리입니다.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>CSV exported from a routing tool</source>
        <translation>경로 탐색 도구에서 내보낸 CSV</translation>
    </message>
    <message>
        <source>Choose the cost table</source>
        <translation>비용표를 선택합니다</translation>
    </message>
    <message>
        <source>From (site id):</source>
        <translation>출발(입지 ID):</translation>
    </message>
    <message>
        <source>To (demand id):</source>
        <translation>도착(수요 ID):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>비용:</translation>
    </message>
    <message>
        <source>Road layer:</source>
        <translation>도로 레이어:</translation>
    </message>
    <message>
        <source>A line layer; lines that share a vertex are connected</source>
        <translation>선 레이어. 꼭짓점을 공유하는 선은 서로 연결된 것으로 봅니다</translation>
    </message>
    <message>
        <source>Speed field:</source>
        <translation>속도 필드:</translation>
    </message>
    <message>
        <source>km/h per road; roads without a positive value use the default speed</source>
        <translation>도로별 속도(km/h). 양수 값이 없는 도로는 기본 속도를 씁니다</translation>
    </message>
    <message>
        <source>Default speed:</source>
        <translation>기본 속도:</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>One-way field:</source>
        <translation>일방통행 필드:</translation>
    </message>
    <message>
        <source>Values such as 1, Y, FT or 정방향 mean one-way along the line; -1, TF or 역방향 against it</source>
        <translation>1, Y, FT, 정방향 같은 값은 선 방향 일방통행, -1, TF, 역방향은 선의 반대 방향 일방통행을 뜻합니다</translation>
    </message>
    <message>
        <source>Service standard and solving</source>
        <translation>서비스 기준 및 최적화</translation>
    </message>
    <message>
        <source>Service standard:</source>
        <translation>서비스 기준:</translation>
    </message>
    <message>
        <source>Demand within this distance or travel time of an open site is covered (LSCP, MCLP)</source>
        <translation>운영 시설에서 이 거리 또는 통행 시간 이내에 있는 수요를 커버된 것으로 봅니다(LSCP, MCLP)</translation>
    </message>
    <message>
        <source>New facilities (p):</source>
        <translation>신규 시설 수(p):</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>풀이 방법:</translation>
    </message>
    <message>
        <source>Automatic (heuristic, then exact when it leaves a gap)</source>
        <translation>자동(휴리스틱 후 갭이 남으면 정확해법)</translation>
    </message>
    <message>
        <source>Exact (CBC)</source>
        <translation>정확해법(CBC)</translation>
    </message>
    <message>
        <source>Heuristic only (fast, with a bound)</source>
        <translation>휴리스틱만(빠름, 한계값 제공)</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>제한 시간:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>When the exact solver runs out of time, the best solution found and its gap are kept</source>
        <translation>정확해법 솔버가 제한 시간에 도달하면 그때까지 찾은 최선해와 그 갭을 유지합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LocationWidgets</name>
    <message>
        <source>LSCP</source>
        <translation>LSCP</translation>
    </message>
    <message>
        <source>MCLP</source>
        <translation>MCLP</translation>
    </message>
    <message>
        <source>p-median</source>
        <translation>p-median</translation>
    </message>
    <message>
        <source>p-center</source>
        <translation>p-center</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation>전기차 충전기</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>소방서</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::MainWindow</name>
    <message>
        <source>Cannot create a project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Create an empty project</source>
        <translation>빈 프로젝트를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Dosi project</source>
        <translation>Dosi 프로젝트를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>레이어에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>전체 범위(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Dosi</source>
        <translation>Dosi 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Thematic Map</source>
        <translation>주제도</translation>
    </message>
    <message>
        <source>File Toolbar</source>
        <translation>파일 도구 모음</translation>
    </message>
    <message>
        <source>Map Toolbar</source>
        <translation>지도 도구 모음</translation>
    </message>
    <message>
        <source>Coordinates under the cursor (Korea 2000 / Unified CS)</source>
        <translation>커서 위치의 좌표(Korea 2000 / Unified CS, UTM-K)</translation>
    </message>
    <message>
        <source>%1[*] — Dosi</source>
        <translation>%1[*] — Dosi</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>프로젝트 &quot;%1&quot;에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Dosi projects (*.dosi);;All files (*)</source>
        <translation>Dosi 프로젝트 (*.dosi);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Dosi projects (*.dosi)</source>
        <translation>Dosi 프로젝트 (*.dosi)</translation>
    </message>
    <message>
        <source>Cannot change the layer</source>
        <translation>레이어를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot change the layer order</source>
        <translation>레이어 순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>About Dosi</source>
        <translation>Dosi 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dosi %1&lt;/h3&gt;&lt;p&gt;GIS decision support for city governments: living population, urban regeneration and facility location.&lt;/p&gt;&lt;p&gt;Data shown in Dosi keeps its own licence. Administrative boundaries: Statistics Korea SGIS (KOGL Type 1), processed by vuski/admdongkor (CC BY 4.0). Living population: Seoul Open Data Plaza.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dosi %1&lt;/h3&gt;&lt;p&gt;지방자치단체를 위한 GIS 의사결정 지원 도구: 생활인구, 도시재생, 시설 입지.&lt;/p&gt;&lt;p&gt;Dosi에 표시되는 자료는 각 자료의 이용 조건을 따릅니다. 행정동 경계: 통계청 통계지리정보서비스(SGIS, 공공누리 제1유형), vuski/admdongkor 가공(CC BY 4.0). 생활인구: 서울 열린데이터광장.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>레이어에 맞춤</translation>
    </message>
    <message>
        <source>Full Extent</source>
        <translation>전체 범위</translation>
    </message>
    <message>
        <source>Open a project (File → Open…) or drop a .dosi file here.</source>
        <translation>프로젝트를 여십시오(파일 → 열기…). .dosi 파일을 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Imported layer &quot;%1&quot;</source>
        <translation>레이어 &quot;%1&quot;을(를) 가져왔습니다</translation>
    </message>
    <message>
        <source>Import boundaries, points, living population, movement, card sales or an indicator table</source>
        <translation>경계, 점, 생활인구, 생활이동, 카드 매출 또는 지표 표를 가져옵니다</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>애니메이션 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Export the map over a range of times as PNG frames (and an MP4 video with ffmpeg)</source>
        <translation>시간 범위에 걸친 지도를 PNG 프레임으로 내보냅니다(ffmpeg가 있으면 MP4 동영상도 만듭니다)</translation>
    </message>
    <message>
        <source>&amp;Background Map…</source>
        <translation>배경지도(&amp;B)…</translation>
    </message>
    <message>
        <source>Show a raster (GeoTIFF orthophoto, MBTiles) under the layers</source>
        <translation>레이어 아래에 래스터(GeoTIFF 정사영상, MBTiles)를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Remove Background Map</source>
        <translation>배경지도 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목에 맞춤(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>선택 항목에 맞춤</translation>
    </message>
    <message>
        <source>C&amp;lear Selection</source>
        <translation>선택 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Latitude and longitude under the cursor (WGS 84)</source>
        <translation>커서 위치의 위도와 경도(WGS 84)</translation>
    </message>
    <message>
        <source>Unit and value under the cursor; click to chart it, Ctrl+click to add it</source>
        <translation>커서 위치의 단위와 값. 클릭하면 차트에 표시하고, Ctrl+클릭하면 차트에 추가합니다</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>나란히 보기: %1</translation>
    </message>
    <message>
        <source>%1° %2 %3° %4 (WGS 84)</source>
        <translation>%2 %1° %4 %3° (WGS 84)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>북위</translation>
    </message>
    <message>
        <source>S</source>
        <translation>남위</translation>
    </message>
    <message>
        <source>E</source>
        <translation>동경</translation>
    </message>
    <message>
        <source>W</source>
        <translation>서경</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Background Map</source>
        <translation>배경지도</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;All files (*)</source>
        <translation>래스터 (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open the background map</source>
        <translation>배경지도를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Background map: %1</source>
        <translation>배경지도: %1</translation>
    </message>
    <message>
        <source>Cannot export the animation</source>
        <translation>애니메이션을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The thematic layer shown has no time axis.</source>
        <translation>표시 중인 주제도 레이어에 시간 축이 없습니다.</translation>
    </message>
    <message>
        <source>Exporting the animation…</source>
        <translation>애니메이션을 내보내는 중…</translation>
    </message>
    <message>
        <source>Regeneration</source>
        <translation>도시재생</translation>
    </message>
    <message>
        <source>&amp;Regeneration Panel</source>
        <translation>도시재생 패널(&amp;R)</translation>
    </message>
    <message>
        <source>Decline diagnosis, thematic indices, forecasts and what-if scenarios</source>
        <translation>쇠퇴진단, 주제별 지수, 예측, 가정(What-if) 시나리오</translation>
    </message>
    <message>
        <source>The project&apos;s background map was not found: %1</source>
        <translation>프로젝트의 배경 지도를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Click on the map to add candidate sites; drag to pan. Press &quot;Draw on map&quot; again to stop.</source>
        <translation>지도를 클릭하면 후보지를 추가하고, 끌면 지도를 이동합니다. 끝내려면 &quot;지도에 그리기&quot;를 다시 누르십시오.</translation>
    </message>
    <message>
        <source>Location analysis</source>
        <translation>입지 분석</translation>
    </message>
    <message>
        <source>&amp;Location Analysis Panel</source>
        <translation>입지 분석 패널(&amp;L)</translation>
    </message>
    <message>
        <source>Where to put CCTVs, EV chargers or fire stations: LSCP, MCLP, p-median and p-center</source>
        <translation>CCTV, 전기차 충전기, 소방서의 입지 선정: LSCP, MCLP, p-median, p-center</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>보고서(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a PDF report of the project: maps, tables, charts, model runs and sources</source>
        <translation>프로젝트의 PDF 보고서를 작성합니다: 지도, 표, 차트, 분석 결과, 출처</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export layers as GeoTIFF, GeoPackage (with QGIS styles) or CSV</source>
        <translation>레이어를 GeoTIFF, GeoPackage(QGIS 스타일 포함) 또는 CSV로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Full screen for a projector: only the map, large high-contrast legend, saved views stepped with the arrow keys, Space plays the time, Esc leaves</source>
        <translation>프로젝터용 전체 화면: 지도만 표시, 크고 대비가 높은 범례, 화살표 키로 저장된 화면 전환, Space로 시간 재생, Esc로 종료</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>발표 모드(F5)</translation>
    </message>
    <message>
        <source>Show Layer “%1”</source>
        <translation>레이어 “%1” 표시</translation>
    </message>
    <message>
        <source>Hide Layer “%1”</source>
        <translation>레이어 “%1” 숨기기</translation>
    </message>
    <message>
        <source>Change Layer Order</source>
        <translation>레이어 순서 변경</translation>
    </message>
    <message>
        <source>Change Opacity of “%1”</source>
        <translation>“%1”의 불투명도 변경</translation>
    </message>
    <message>
        <source>Difference map A − B, B = %1</source>
        <translation>차이 지도 A − B, B = %1</translation>
    </message>
    <message>
        <source>Side by side A | B, B = %1</source>
        <translation>나란히 보기 A | B, B = %1</translation>
    </message>
    <message>
        <source>Change Thematic Style</source>
        <translation>주제도 스타일 변경</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>변경을 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the last change to bookmarks, layers or the thematic style</source>
        <translation>북마크, 레이어, 주제도 스타일의 마지막 변경을 되돌립니다</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>마지막으로 되돌린 변경을 다시 실행합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::MapCanvas</name>
    <message>
        <source>E %1 N %2 (EPSG:%3)</source>
        <translation>E %1 N %2 (EPSG:%3)</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::PresentationMode</name>
    <message>
        <source>No saved views: the current view is the only one. Add bookmarks (Ctrl+B) to step through views.</source>
        <translation>저장된 화면이 없어 현재 화면만 표시합니다. 화면을 차례로 넘기려면 북마크(Ctrl+B)를 추가하십시오.</translation>
    </message>
    <message>
        <source>First view</source>
        <translation>첫 화면</translation>
    </message>
    <message>
        <source>Last view — Esc leaves presentation mode</source>
        <translation>마지막 화면 — Esc를 누르면 발표 모드를 종료합니다</translation>
    </message>
    <message>
        <source>This layer has no time axis to play.</source>
        <translation>이 레이어에는 재생할 시간 축이 없습니다.</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>현재 화면</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>No saved views: the current view is the only one  ·  Space: play / pause  ·  Esc: leave</source>
        <translation>저장된 화면 없음: 현재 화면만 표시  ·  Space: 재생 / 일시정지  ·  Esc: 종료</translation>
    </message>
    <message>
        <source>→ / ←: next / previous view  ·  Space: play / pause  ·  Esc: leave</source>
        <translation>→ / ←: 다음 / 이전 화면  ·  Space: 재생 / 일시정지  ·  Esc: 종료</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ProjectSession</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>The project has no file name yet; use Save As.</source>
        <translation>프로젝트에 아직 파일 이름이 없습니다. 다른 이름으로 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenDiagnosisTab</name>
    <message>
        <source>Latest year</source>
        <translation>최근 연도</translation>
    </message>
    <message>
        <source>Decline diagnosis failed</source>
        <translation>쇠퇴진단에 실패했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Diagnosing %n unit(s)…</source>
        <translation>
            <numerusform>단위지역 %n개를 진단하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as run %1.</source>
        <translation>분석 결과 %1번으로 저장했습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2, %3): as of %4, &lt;b&gt;%5&lt;/b&gt; of %6 units qualify as declining, %7 do not, %8 undetermined. Assessable: population %9, businesses %10, buildings %11.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (분석 결과 %2번, %3): %4년 기준 단위지역 %6개 중 &lt;b&gt;%5&lt;/b&gt;개가 쇠퇴지역 해당, %7개가 비해당, %8개가 판정 보류입니다. 판단 가능: 인구 %9개, 사업체 %10개, 노후건축물 %11개.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>사업체</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>노후건축물</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>충족 기준 수</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>판단 불가</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>쇠퇴지역 해당</translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation>쇠퇴지역 비해당</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>판정 보류</translation>
    </message>
    <message>
        <source>Sources and thresholds</source>
        <translation>자료 및 기준값</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Sources (yearly layers)</source>
        <translation>자료(연도별 레이어)</translation>
    </message>
    <message>
        <source>Thresholds (Urban Regeneration Act, Art. 13; Decree Art. 17)</source>
        <translation>쇠퇴 기준(도시재생법 제13조, 같은 법 시행령 제17조)</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>인구(&amp;P):</translation>
    </message>
    <message>
        <source>Busi&amp;nesses:</source>
        <translation>사업체(&amp;N):</translation>
    </message>
    <message>
        <source>Bui&amp;ldings:</source>
        <translation>건축물(&amp;L):</translation>
    </message>
    <message>
        <source>All buildings:</source>
        <translation>전체 건축물:</translation>
    </message>
    <message>
        <source>Fall from the peak</source>
        <translation>최고치 대비 감소율</translation>
    </message>
    <message>
        <source>Peak window (years)</source>
        <translation>최고치 산정 기간(년)</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>인구:</translation>
    </message>
    <message>
        <source>Businesses:</source>
        <translation>사업체:</translation>
    </message>
    <message>
        <source>Declining in</source>
        <translation>연속 감소:</translation>
    </message>
    <message>
        <source>consecutive years within the last</source>
        <translation>년 연속, 최근</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년 이내</translation>
    </message>
    <message>
        <source>Old buildings:</source>
        <translation>노후건축물:</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>(준공 후</translation>
    </message>
    <message>
        <source>years old</source>
        <translation>년 이상)</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>기준 연도(&amp;O):</translation>
    </message>
    <message>
        <source>Share of old buildings</source>
        <translation>노후건축물 비율</translation>
    </message>
    <message>
        <source>Old and all buildings (counts)</source>
        <translation>노후·전체 건축물 수</translation>
    </message>
    <message>
        <source>The building source: a share of old buildings, or counts of old and of all buildings</source>
        <translation>건축물 자료: 노후건축물 비율 또는 노후건축물 수와 전체 건축물 수</translation>
    </message>
    <message>
        <source>The field counting all buildings, when the source counts old buildings</source>
        <translation>자료가 노후건축물 수일 때 전체 건축물 수가 담긴 필드</translation>
    </message>
    <message>
        <source>Population: met when the latest value is this far below the peak of the window</source>
        <translation>인구: 최근 값이 산정 기간 내 최고치보다 이 비율 이상 낮으면 충족</translation>
    </message>
    <message>
        <source>Businesses: met when the latest value is this far below the peak of the window</source>
        <translation>사업체: 최근 값이 산정 기간 내 최고치보다 이 비율 이상 낮으면 충족</translation>
    </message>
    <message>
        <source>Require data for the full peak window</source>
        <translation>최고치 산정 기간 전체의 자료 필요</translation>
    </message>
    <message>
        <source>Checked: a peak criterion that is not met on fewer years than the window is not assessable. Unchecked: the peak is taken over the years available, and the reason says so.</source>
        <translation>선택: 자료 연수가 산정 기간보다 짧을 때 충족되지 않은 최고치 기준은 판단 불가로 봅니다. 해제: 자료가 있는 연도에서 최고치를 구하고, 판정 사유에 그 사실을 적습니다.</translation>
    </message>
    <message>
        <source>&amp;Run diagnosis</source>
        <translation>진단 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Diagnose every unit, store the run in the project and show it on the map</source>
        <translation>모든 단위지역을 진단하고 분석 결과를 프로젝트에 저장한 뒤 지도에 표시합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenForecastChart</name>
    <message>
        <source>History</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Forecast (estimated)</source>
        <translation>예측(추정값)</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenForecastTab</name>
    <message>
        <source>Export Forecast</source>
        <translation>예측 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the forecast</source>
        <translation>예측을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1을(를) 내보냈습니다.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Forecast failed</source>
        <translation>예측에 실패했습니다</translation>
    </message>
    <message>
        <source>Choose a layer with a time axis and a field to forecast.</source>
        <translation>시간 축이 있는 레이어와 예측할 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>No units are selected on the map: click units on the map, or forecast all units.</source>
        <translation>지도에서 선택한 단위지역이 없습니다. 지도에서 단위지역을 클릭하거나 전체 단위지역을 예측하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Forecasting %1 for %n unit(s)…</source>
        <translation>
            <numerusform>단위지역 %n개의 %1을(를) 예측하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast in %1 s; stored as run %2.</source>
        <translation>%1초 만에 예측을 마치고 분석 결과 %2번으로 저장했습니다.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>기준시점 수</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>비교 값 수</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>✓ chosen</source>
        <translation>✓ 선택됨</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>High</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2, %3): %4 by %5, %6 steps after %7 (estimated, %8 % intervals). Backtest errors below; every unit&apos;s own error is in its row.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (분석 결과 %2번, %3): %5(으)로 추정한 %4의 %7 이후 %6단계 예측(추정값, %8 % 예측구간). 아래는 백테스트 오차이며, 단위지역별 오차는 각 행에 있습니다.</translation>
    </message>
    <message>
        <source>No unit was forecast.</source>
        <translation>예측한 단위지역이 없습니다.</translation>
    </message>
    <message>
        <source>%1 — %2 · estimated by %3</source>
        <translation>%1 — %2 · %3(으)로 추정</translation>
    </message>
    <message numerus="yes">
        <source>backtest MAPE %1 %, MASE %2 (%n origin(s))</source>
        <translation>
            <numerusform>백테스트 MAPE %1 %, MASE %2 (기준시점 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % interval</source>
        <translation>%1 % 예측구간</translation>
    </message>
    <message>
        <source>There is no forecast to export.</source>
        <translation>내보낼 예측이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>예측 대상(&amp;M):</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>방법(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>예측 기간(&amp;H):</translation>
    </message>
    <message>
        <source>Unit&amp;s:</source>
        <translation>단위지역(&amp;S):</translation>
    </message>
    <message>
        <source>Inter&amp;val:</source>
        <translation>예측구간(&amp;V):</translation>
    </message>
    <message>
        <source>Auto (best backtest)</source>
        <translation>자동(백테스트 최우수)</translation>
    </message>
    <message>
        <source>Auto picks the method with the lowest backtest error on the training data</source>
        <translation>자동: 학습 자료에 대한 백테스트 오차가 가장 작은 방법을 고릅니다</translation>
    </message>
    <message>
        <source>Coverage of the prediction interval</source>
        <translation>예측구간의 포함 확률</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>전체 단위지역</translation>
    </message>
    <message>
        <source>Units selected on the map</source>
        <translation>지도에서 선택한 단위지역</translation>
    </message>
    <message>
        <source>&amp;Run forecast</source>
        <translation>예측 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Forecast, backtest, store the run in the project and show it on the map</source>
        <translation>예측과 백테스트를 수행하고 분석 결과를 프로젝트에 저장한 뒤 지도에 표시합니다</translation>
    </message>
    <message>
        <source>Decline &amp;outlook</source>
        <translation>쇠퇴 전망(&amp;O)</translation>
    </message>
    <message>
        <source>The chance that each unit meets the population criterion within the horizon (yearly population)</source>
        <translation>각 단위지역이 전망 기간 내에 인구 기준을 충족할 확률(연도별 인구)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Write unit,time,value,lo,hi of the forecast shown</source>
        <translation>표시 중인 예측의 unit,time,value,lo,hi를 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Decline outlook</source>
        <translation>쇠퇴 전망</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenIndexSpecEditor</name>
    <message>
        <source>higher is better</source>
        <translation>높을수록 양호</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>높을수록 불량</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>최소–최대</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-점수</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Divided by %1</source>
        <translation>%1(으)로 나눔</translation>
    </message>
    <message>
        <source>Relative change from %1</source>
        <translation>%1 대비 변화율</translation>
    </message>
    <message>
        <source>the earliest time</source>
        <translation>가장 이른 시점</translation>
    </message>
    <message>
        <source>Checked: the relative change of the value rather than the value</source>
        <translation>선택: 값 대신 값의 변화율을 사용합니다</translation>
    </message>
    <message>
        <source>The time used (empty = the latest)</source>
        <translation>사용할 시점(비워 두면 최근 시점)</translation>
    </message>
    <message>
        <source>No layer &quot;%1&quot; in the project.</source>
        <translation>프로젝트에 레이어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No field chosen.</source>
        <translation>필드를 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>사용 불가: %1</translation>
    </message>
    <message>
        <source>New indicator %1</source>
        <translation>새 지표 %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화율</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Add indi&amp;cator</source>
        <translation>지표 추가(&amp;C)</translation>
    </message>
    <message>
        <source>Add an indicator to the selected area</source>
        <translation>선택한 분야에 지표를 추가합니다</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>지표 제거</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenIndexTab</name>
    <message>
        <source>Thematic indices failed</source>
        <translation>주제별 지수 산출에 실패했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Computing the indices of %n unit(s)…</source>
        <translation>
            <numerusform>단위지역 %n개의 지수를 산출하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as run %1.</source>
        <translation>분석 결과 %1번으로 저장했습니다.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>%1
score</source>
        <translation>%1
점수</translation>
    </message>
    <message>
        <source>%1
grade</source>
        <translation>%1
등급</translation>
    </message>
    <message>
        <source>Missing indicators</source>
        <translation>누락 지표</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2개</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2, %3): %4 units. Units with an index: %5. Grades 1–10 by deciles, 10 = best off.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (분석 결과 %2번, %3): 단위지역 %4개. 지수가 산출된 단위지역: %5. 등급은 십분위 기준 1–10등급이며, 10등급이 가장 양호합니다.</translation>
    </message>
    <message>
        <source>The result layer of this run was removed.</source>
        <translation>이 분석 결과의 결과 레이어가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>grade %1 · %2</source>
        <translation>%1등급 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Ranking and chart</source>
        <translation>순위 및 차트</translation>
    </message>
    <message>
        <source>Default indicators</source>
        <translation>기본 지표</translation>
    </message>
    <message>
        <source>Replace the indicators with Dosi&apos;s documented defaults for this project</source>
        <translation>지표를 이 프로젝트에 맞는 Dosi 문서상의 기본 지표로 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Run indices</source>
        <translation>지수 산출(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the six indices, store the run in the project and show it on the map</source>
        <translation>6개 주제별 지수를 산출하고 분석 결과를 프로젝트에 저장한 뒤 지도에 표시합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenJob</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>취소했습니다. 저장한 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenOutlookView</name>
    <message>
        <source>The outlook forecasts the yearly population (the diagnosis&apos; population source) and estimates, for every unit, the chance of meeting the population criterion within the horizon.</source>
        <translation>전망은 연도별 인구(쇠퇴진단의 인구 자료)를 예측하고, 단위지역마다 전망 기간 내에 인구 기준을 충족할 확률을 추정합니다.</translation>
    </message>
    <message>
        <source>Decline outlook failed</source>
        <translation>쇠퇴 전망에 실패했습니다</translation>
    </message>
    <message>
        <source>The project has no yearly population layer for the outlook.</source>
        <translation>프로젝트에 전망에 사용할 연도별 인구 레이어가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Decline outlook of %1 over %n year(s)…</source>
        <translation>
            <numerusform>%1의 %n년 쇠퇴 전망을 산출하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlook stored as run %1.</source>
        <translation>전망을 분석 결과 %1번으로 저장했습니다.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Met now</source>
        <translation>현재 충족</translation>
    </message>
    <message>
        <source>First likely year</source>
        <translation>충족 예상 연도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>backtest MAPE %1 %, MASE %2</source>
        <translation>백테스트 MAPE %1 %, MASE %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2, %3): over %4 years (%5, %6), %7 of %8 units meet the population criterion now and %9 are likely (≥ 50 %) to meet it within the horizon. Estimated.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (분석 결과 %2번, %3): %4년 전망(%5, %6). 단위지역 %8개 중 %7개가 현재 인구 기준을 충족하며, %9개가 전망 기간 내에 충족할 가능성이 높습니다(≥ 50 %). 추정값입니다.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>가정</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenPanel</name>
    <message>
        <source>Regeneration</source>
        <translation>도시재생</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>쇠퇴진단(&amp;D)</translation>
    </message>
    <message>
        <source>Legal decline diagnosis: population, businesses, old buildings</source>
        <translation>법정 쇠퇴진단: 인구, 사업체, 노후건축물</translation>
    </message>
    <message>
        <source>&amp;Indices</source>
        <translation>주제별 지수(&amp;I)</translation>
    </message>
    <message>
        <source>Six thematic indices with grades 1–10</source>
        <translation>6개 주제별 지수와 1–10등급</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>예측(&amp;F)</translation>
    </message>
    <message>
        <source>Forecasts with their backtest error, and the decline outlook</source>
        <translation>백테스트 오차를 함께 제시하는 예측 및 쇠퇴 전망</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>분석 결과(&amp;U)</translation>
    </message>
    <message>
        <source>Runs stored in the project: reopen, delete, compare</source>
        <translation>프로젝트에 저장된 분석 결과: 다시 열기, 삭제, 비교</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenRadarChart</name>
    <message>
        <source>missing</source>
        <translation>결측</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenRunsTab</name>
    <message>
        <source>Select two runs of the same kind (Ctrl+click), e.g. the baseline and a scenario, and click Compare.</source>
        <translation>같은 종류의 분석 결과 두 개(예: 기준안과 시나리오)를 Ctrl+클릭으로 선택한 뒤 [비교]를 누르십시오.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Result layers</source>
        <translation>결과 레이어</translation>
    </message>
    <message>
        <source>Input fingerprint (SHA-256): %1</source>
        <translation>입력 자료 지문(SHA-256): %1</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>%1 %2, 버전 %3</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) (%1) and the result layers from the project?</source>
        <translation>
            <numerusform>프로젝트에서 분석 결과 %n개(%1)와 결과 레이어를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the run</source>
        <translation>분석 결과를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>분석 결과를 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>A: run %1 &quot;%2&quot; · B: run %3 &quot;%4&quot; (%5): %6 of %7 units differ (highlighted).</source>
        <translation>A: 분석 결과 %1번 &quot;%2&quot; · B: 분석 결과 %3번 &quot;%4&quot; (%5): 단위지역 %7개 중 %6개가 다릅니다(강조 표시).</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위지역</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <source>Reopen the run&apos;s stored results in its tab and show its layer on the map</source>
        <translation>저장된 분석 결과를 해당 탭에서 다시 열고 결과 레이어를 지도에 표시합니다</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove the run and its result layers from the project</source>
        <translation>분석 결과와 결과 레이어를 프로젝트에서 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Select two runs of the same kind (e.g. the baseline and a scenario) to compare them unit by unit</source>
        <translation>같은 종류의 분석 결과 두 개(예: 기준안과 시나리오)를 선택하여 단위지역별로 비교합니다</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>변경된 항목만(&amp;H)</translation>
    </message>
    <message>
        <source>Show A on map</source>
        <translation>A를 지도에 표시</translation>
    </message>
    <message>
        <source>Show B on map</source>
        <translation>B를 지도에 표시</translation>
    </message>
    <message>
        <source>Show run A&apos;s result layer with the field of the current row</source>
        <translation>분석 결과 A의 결과 레이어를 현재 행의 필드로 지도에 표시합니다</translation>
    </message>
    <message>
        <source>Show run B&apos;s result layer with the field of the current row</source>
        <translation>분석 결과 B의 결과 레이어를 현재 행의 필드로 지도에 표시합니다</translation>
    </message>
    <message>
        <source>Side by side on map</source>
        <translation>지도에 나란히 보기</translation>
    </message>
    <message>
        <source>Draw runs A and B next to each other on the map, with the same classes, for the field of the current row</source>
        <translation>현재 행의 필드에 대해 분석 결과 A와 B를 같은 등급으로 지도에 나란히 그립니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenScenarioEditor</name>
    <message>
        <source>all units</source>
        <translation>전체 단위지역</translation>
    </message>
    <message>
        <source>Unit codes separated by commas or spaces; empty = every unit</source>
        <translation>쉼표나 공백으로 구분한 단위지역 코드(비워 두면 전체 단위지역)</translation>
    </message>
    <message>
        <source>all times</source>
        <translation>전체 시점</translation>
    </message>
    <message>
        <source>The first time changed, e.g. 2019 or 2024-03-01T00; empty = every time</source>
        <translation>변경을 적용할 첫 시점(예: 2019 또는 2024-03-01T00, 비워 두면 전체 시점)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>더하기</translation>
    </message>
    <message>
        <source>× scale</source>
        <translation>× 배율</translation>
    </message>
    <message>
        <source>Change %1 of the scenario: choose a layer and field as LAYER.FIELD.</source>
        <translation>시나리오의 변경 %1: 레이어와 필드를 LAYER.FIELD 형식으로 선택하십시오.</translation>
    </message>
    <message>
        <source>Change %1 of the scenario: the project has no layer &quot;%2&quot;.</source>
        <translation>시나리오의 변경 %1: 프로젝트에 레이어 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Change %1 of the scenario: layer &quot;%2&quot; has no field &quot;%3&quot;.</source>
        <translation>시나리오의 변경 %1: 레이어 &quot;%2&quot;에 필드 &quot;%3&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>가정(What-if)</translation>
    </message>
    <message>
        <source>Off: runs use the project&apos;s data as it is (baseline).</source>
        <translation>해제: 프로젝트 자료를 그대로 사용하여 분석합니다(기준안).</translation>
    </message>
    <message>
        <source>No changes yet: add one below.</source>
        <translation>아직 변경 사항이 없습니다. 아래에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Runs are stored as &quot;%1&quot;: %2</source>
        <translation>분석 결과를 &quot;%1&quot;(으)로 저장합니다: %2</translation>
    </message>
    <message>
        <source>What-if scenario</source>
        <translation>가정(What-if) 시나리오</translation>
    </message>
    <message>
        <source>Change input values for chosen units before a run; the project&apos;s data is not changed</source>
        <translation>분석 실행 전에 선택한 단위지역의 입력값을 바꿉니다. 프로젝트 자료는 변경되지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Housing project +2,000 residents</source>
        <translation>예: 주택사업 주민 +2,000명</translation>
    </message>
    <message>
        <source>Layer.field</source>
        <translation>레이어.필드</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>단위지역</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작 시점</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 방식</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Add change</source>
        <translation>변경 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Use map s&amp;election</source>
        <translation>지도 선택 사용(&amp;E)</translation>
    </message>
    <message>
        <source>Apply the current change to the units selected on the map</source>
        <translation>현재 변경을 지도에서 선택한 단위지역에 적용합니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::RegenWidgets</name>
    <message>
        <source>Diagnosis</source>
        <translation>쇠퇴진단</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>주제별 지수</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Filter (code, name, status…)</source>
        <translation>필터(코드, 이름, 상태…)</translation>
    </message>
    <message>
        <source>Show only the rows containing this text</source>
        <translation>이 텍스트가 포함된 행만 표시합니다</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Field; several fields joined by + are added up (e.g. 65_69+70_74)</source>
        <translation>필드. +로 연결한 여러 필드는 합산합니다(예: 65_69+70_74)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Overview of layers and runs</source>
        <translation>레이어 및 분석 결과 개요</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Highest and lowest units</source>
        <translation>값이 가장 높은 단위와 낮은 단위</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>시계열 차트</translation>
    </message>
    <message>
        <source>Model runs (parameters and accuracy)</source>
        <translation>모형 분석 결과(매개변수 및 정확도)</translation>
    </message>
    <message>
        <source>Data, privacy and attribution</source>
        <translation>자료, 개인정보 보호 및 출처 표시</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Default content</source>
        <translation>기본 구성</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>템플릿으로 저장…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>작성자:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로 방향</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>보고서 언어:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>보고서 구성</translation>
    </message>
    <message>
        <source>Model runs</source>
        <translation>분석 결과</translation>
    </message>
    <message>
        <source>The latest run of each kind</source>
        <translation>종류별 최근 분석 결과</translation>
    </message>
    <message>
        <source>These runs:</source>
        <translation>다음 분석 결과:</translation>
    </message>
    <message>
        <source>Write PDF…</source>
        <translation>PDF 작성…</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; loaded.</source>
        <translation>템플릿 &quot;%1&quot;을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved in the project (save the project to keep it).</source>
        <translation>템플릿 &quot;%1&quot;을(를) 프로젝트에 저장했습니다(유지하려면 프로젝트를 저장하십시오).</translation>
    </message>
    <message>
        <source>Write Report</source>
        <translation>보고서 작성</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>보고서.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>템플릿으로 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>템플릿 이름:</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>보고서를 작성하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1을(를) 작성하는 중…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>보고서를 작성했습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>취소했습니다. 작성한 보고서는 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The interface switches language at once. &quot;System default&quot; follows the language of the operating system.</source>
        <translation>화면 언어가 즉시 바뀝니다. &quot;시스템 기본값&quot;은 운영체제의 언어를 따릅니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ThematicPanel</name>
    <message>
        <source>Quantile</source>
        <translation>분위수</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>등간격</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>자연 구분(Jenks)</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>등급 수</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>필드:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>파생 지표: %1</translation>
    </message>
    <message>
        <source>Flows shown:</source>
        <translation>표시할 흐름 수:</translation>
    </message>
    <message>
        <source>The largest origin–destination flows drawn on the map</source>
        <translation>지도에 그릴 가장 큰 출발지–도착지 흐름</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::TimeController</name>
    <message>
        <source>%1  W%2</source>
        <translation>%1  %2주차</translation>
    </message>
    <message>
        <source>%1 (%2)  W%3</source>
        <translation>%1 (%2)  %3주차</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1년 %2분기</translation>
    </message>
    <message>
        <source>No time axis</source>
        <translation>시간 축 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시정지(Space)</translation>
    </message>
    <message>
        <source>Play through the times (Space)</source>
        <translation>시간 순서대로 재생(Space)</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / 초</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Time steps shown per second while playing</source>
        <translation>재생할 때 1초에 넘길 시간 단계 수</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복 재생</translation>
    </message>
    <message>
        <source>Start again at the first time after the last one</source>
        <translation>마지막 시간 다음에 처음 시간부터 다시 재생합니다</translation>
    </message>
    <message>
        <source>First time (Home)</source>
        <translation>처음 시간(Home)</translation>
    </message>
    <message>
        <source>Previous time (Left)</source>
        <translation>이전 시간(왼쪽 화살표)</translation>
    </message>
    <message>
        <source>Next time (Right)</source>
        <translation>다음 시간(오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Last time (End)</source>
        <translation>마지막 시간(End)</translation>
    </message>
</context>
<context>
    <name>dosi::gis::CoordinateTransform</name>
    <message>
        <source>A coordinate reference system is missing.</source>
        <translation>좌표계가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not start the PROJ library.</source>
        <translation>PROJ 라이브러리를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot transform coordinates from %1 to %2: %3</source>
        <translation>좌표를 %1에서 %2(으)로 변환할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot transform coordinates from %1 to %2.</source>
        <translation>좌표를 %1에서 %2(으)로 변환할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::CostTable</name>
    <message>
        <source>The %1 id &quot;%2&quot; occurs twice; a cost table needs unique ids.</source>
        <translation>%1 ID &quot;%2&quot;이(가) 두 번 나옵니다. 비용표의 ID는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>수요</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보지</translation>
    </message>
    <message>
        <source>%1 line 1: no column %2 (the columns are: %3).</source>
        <translation>%1 1행: %2 열이 없습니다(열 목록: %3).</translation>
    </message>
    <message>
        <source>%1 line %2, column %3 (&quot;%4&quot;): %5</source>
        <translation>%1 %2행, %3열(&quot;%4&quot;): %5</translation>
    </message>
    <message>
        <source>the id is empty.</source>
        <translation>ID가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a candidate id.</source>
        <translation>&quot;%1&quot;은(는) 후보지 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a demand id.</source>
        <translation>&quot;%1&quot;은(는) 수요 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>(This table runs from demand to candidates.)</source>
        <translation>(이 표는 수요에서 후보지 방향으로 작성되어 있습니다.)</translation>
    </message>
    <message>
        <source>the field is missing (the row has %1 fields).</source>
        <translation>필드가 없습니다(이 행의 필드는 %1개입니다).</translation>
    </message>
    <message>
        <source>the cost is empty.</source>
        <translation>비용이 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>the cost %1 is negative.</source>
        <translation>비용 %1이(가) 음수입니다.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1에 머리글은 있지만 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>the pair from &quot;%1&quot; to &quot;%2&quot; already appears on line %3.</source>
        <translation>&quot;%1&quot;에서 &quot;%2&quot;(으)로 가는 쌍이 이미 %3행에 있습니다.</translation>
    </message>
    <message>
        <source>%1 has no cost from candidate &quot;%2&quot; to demand &quot;%3&quot; (%4 of %5 pairs are given); this model needs the cost of every pair.</source>
        <translation>%1에 후보지 &quot;%2&quot;에서 수요 &quot;%3&quot;까지의 비용이 없습니다(쌍 %5개 중 %4개만 있음). 이 모형에는 모든 쌍의 비용이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::Dissolve</name>
    <message>
        <source>Layer %1 has no field &quot;%2&quot;. Available fields: %3.</source>
        <translation>레이어 %1에 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has no value in field &quot;%3&quot;.</source>
        <translation>레이어 %2의 피처 %1에 필드 &quot;%3&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer %1 has no features to dissolve.</source>
        <translation>레이어 %1에 합칠 피처가 없습니다.</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has an unreadable geometry.</source>
        <translation>레이어 %2의 피처 %1의 도형을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Dissolving layer %1: group %2 failed. %3</source>
        <translation>레이어 %1 합치기: 그룹 %2에서 실패했습니다. %3</translation>
    </message>
</context>
<context>
    <name>dosi::gis::Export</name>
    <message>
        <source>Cannot write the CSV file %1: %2</source>
        <translation>CSV 파일 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no features.</source>
        <translation>레이어 &quot;%1&quot;에 피처가 없습니다.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field to export.</source>
        <translation>레이어 &quot;%1&quot;에 내보낼 필드가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no time axis, so no time can be chosen.</source>
        <translation>레이어 &quot;%1&quot;에 시간 축이 없어 시점을 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Cannot write the GeoPackage %1: %2</source>
        <translation>GeoPackage %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no layer to export.</source>
        <translation>내보낼 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no geometry.</source>
        <translation>레이어 &quot;%1&quot;에 도형이 없습니다.</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; is exported twice.</source>
        <translation>레이어 &quot;%1&quot;이(가) 두 번 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; would have %2 columns; a GeoPackage table holds at most %3.</source>
        <translation>레이어 &quot;%1&quot;의 열이 %2개가 됩니다. GeoPackage 테이블에는 열을 최대 %3개까지만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>the GDAL GeoPackage driver is not available.</source>
        <translation>GDAL GeoPackage 드라이버를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>the file could not be created.</source>
        <translation>파일을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; could not be created.</source>
        <translation>테이블 &quot;%1&quot;을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the columns of &quot;%1&quot; could not be created.</source>
        <translation>&quot;%1&quot;의 열을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>no transaction.</source>
        <translation>트랜잭션을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>feature %1 of &quot;%2&quot; could not be written.</source>
        <translation>&quot;%2&quot;의 피처 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>&quot;%1&quot;을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>the table dosi_export_info could not be created.</source>
        <translation>dosi_export_info 테이블을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the export notes could not be written.</source>
        <translation>내보내기 참고 사항을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>the table layer_styles could not be created.</source>
        <translation>layer_styles 테이블을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the style of &quot;%1&quot; could not be written.</source>
        <translation>&quot;%1&quot;의 스타일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>closing failed.</source>
        <translation>파일을 닫지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::GeosOps</name>
    <message>
        <source>A geometry could not be read for the union: %1</source>
        <translation>합집합을 위한 도형을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The union failed: %1</source>
        <translation>합집합 계산에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>dosi::gis::Interpolate</name>
    <message>
        <source>Polygon %1 of the %2 layer could not be read: %3</source>
        <translation>%2 레이어의 폴리곤 %1을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>The interpolation was cancelled.</source>
        <translation>보간을 취소했습니다.</translation>
    </message>
    <message>
        <source>A polygon could not be prepared: %1</source>
        <translation>폴리곤을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Two polygons could not be intersected: %1</source>
        <translation>두 폴리곤의 교차 영역을 구할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>dosi::gis::NationalGrid</name>
    <message>
        <source>The grid cell size must be a multiple of 10 m that divides 100 km (e.g. 100, 250, 500, 1000), not %1 m.</source>
        <translation>격자 셀 크기는 %1 m가 아니라 100 km를 나누어떨어지게 하는 10 m의 배수여야 합니다(예: 100, 250, 500, 1000).</translation>
    </message>
    <message>
        <source>The layer has no polygons to lay a grid over.</source>
        <translation>레이어에 격자를 씌울 폴리곤이 없습니다.</translation>
    </message>
    <message>
        <source>The polygons could not be read for the grid: %1</source>
        <translation>격자를 만들 폴리곤을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The polygons reach outside the national grid (EPSG:5179 E 700,000–1,500,000, N 1,300,000–2,100,000); are they in EPSG:5179?</source>
        <translation>폴리곤이 국가격자 범위(EPSG:5179 E 700,000–1,500,000, N 1,300,000–2,100,000)를 벗어납니다. EPSG:5179 좌표가 맞습니까?</translation>
    </message>
    <message>
        <source>The grid was cancelled.</source>
        <translation>격자 생성을 취소했습니다.</translation>
    </message>
    <message>
        <source>National grid cell id (national point number)</source>
        <translation>국가격자 셀 ID(국가지점번호)</translation>
    </message>
    <message>
        <source>Share of the cell inside the source polygons</source>
        <translation>격자 셀 중 원본 폴리곤 안에 있는 비율</translation>
    </message>
</context>
<context>
    <name>dosi::gis::PointImport</name>
    <message>
        <source>Further warnings were left out.</source>
        <translation>이후 경고는 생략했습니다.</translation>
    </message>
    <message>
        <source>%1 has no %2 column &quot;%3&quot;; its columns are: %4</source>
        <translation>%1에 %2 열 &quot;%3&quot;이(가) 없습니다. 열 목록: %4</translation>
    </message>
    <message>
        <source>Cannot import points from %1: name the x and y columns (or one &quot;lat,lon&quot; column).</source>
        <translation>%1에서 점을 가져올 수 없습니다: x, y 열(또는 &quot;lat,lon&quot; 열 하나)을 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot import points from %1: give the coordinate reference system of its x/y columns (e.g. EPSG:4326).</source>
        <translation>%1에서 점을 가져올 수 없습니다: x/y 열의 좌표계를 지정하십시오(예: EPSG:4326).</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the coordinate is empty.</source>
        <translation>%1 %2행, %3열: 좌표가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a valid coordinate in %5.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) %5의 올바른 좌표가 아닙니다.</translation>
    </message>
    <message>
        <source>The row was skipped.</source>
        <translation>이 행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the id is empty.</source>
        <translation>%1 %2행, %3열: ID가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1: lines %2 and %3 share the id %4.</source>
        <translation>%1: %2행과 %3행의 ID가 %4(으)로 같습니다.</translation>
    </message>
    <message>
        <source>%1 has no points to import.</source>
        <translation>%1에 가져올 점이 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::RasterExport</name>
    <message>
        <source>Cannot write the GeoTIFF %1: %2</source>
        <translation>GeoTIFF %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the cell size must be a positive number.</source>
        <translation>셀 크기는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>there are no bands to write.</source>
        <translation>쓸 밴드가 없습니다.</translation>
    </message>
    <message>
        <source>band %1 has %2 values for %3 geometries.</source>
        <translation>밴드 %1에 도형 %3개에 대한 값이 %2개 있습니다.</translation>
    </message>
    <message>
        <source>there is no polygon to rasterise.</source>
        <translation>래스터로 변환할 폴리곤이 없습니다.</translation>
    </message>
    <message>
        <source>%1 x %2 cells is too large; use a bigger cell size.</source>
        <translation>%1 x %2 셀은 너무 큽니다. 셀 크기를 키우십시오.</translation>
    </message>
    <message>
        <source>geometry %1 cannot be read.</source>
        <translation>도형 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>the GDAL GeoTIFF driver is not available.</source>
        <translation>GDAL GeoTIFF 드라이버를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>the file could not be created.</source>
        <translation>파일을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the layer has no features.</source>
        <translation>레이어에 피처가 없습니다.</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no numeric value to write.</source>
        <translation>레이어 &quot;%1&quot;에 쓸 숫자 값이 없습니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
</context>
<context>
    <name>dosi::gis::RoadNetwork</name>
    <message>
        <source>The default road speed must be a positive number of km/h (it is %1).</source>
        <translation>기본 도로 속도는 0보다 큰 km/h 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The access speed must be a positive number of km/h (it is %1).</source>
        <translation>접근 속도는 0보다 큰 km/h 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The node tolerance must be zero or more metres (it is %1).</source>
        <translation>노드 허용 오차는 0 이상의 미터 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The snapping distance must be zero or more metres (it is %1).</source>
        <translation>스냅 거리는 0 이상의 미터 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The speed of road class &quot;%1&quot; must be a positive number of km/h (it is %2).</source>
        <translation>도로 등급 &quot;%1&quot;의 속도는 0보다 큰 km/h 값이어야 합니다(현재 %2).</translation>
    </message>
    <message>
        <source>The road layer &quot;%1&quot; has no field &quot;%2&quot; (its fields are: %3).</source>
        <translation>도로 레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다(필드 목록: %3).</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; has no line geometry to build a road network from (%2 features, none of them a line with two distinct points).</source>
        <translation>레이어 &quot;%1&quot;에 도로망을 만들 선 도형이 없습니다(피처 %2개 중 서로 다른 두 점을 가진 선이 하나도 없음).</translation>
    </message>
    <message>
        <source>The project has no layer &quot;%1&quot;.</source>
        <translation>프로젝트에 레이어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; is a table of values, not a line layer; choose a road layer.</source>
        <translation>레이어 &quot;%1&quot;은(는) 선 레이어가 아니라 값 표입니다. 도로 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>The travel-time limit must be zero or more minutes (it is %1).</source>
        <translation>통행 시간 한도는 0분 이상이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>None of the %1 candidate sites lies within %2 m of a road in the layer &quot;%3&quot;; check that the road layer covers the study area.</source>
        <translation>후보지 %1개 중 레이어 &quot;%3&quot;의 도로에서 %2 m 이내에 있는 것이 없습니다. 도로 레이어가 분석 대상 지역을 포함하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>None of the %1 demand points lies within %2 m of a road in the layer &quot;%3&quot;; check that the road layer covers the study area.</source>
        <translation>수요 지점 %1개 중 레이어 &quot;%3&quot;의 도로에서 %2 m 이내에 있는 것이 없습니다. 도로 레이어가 분석 대상 지역을 포함하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The travel-time calculation was cancelled.</source>
        <translation>통행 시간 계산을 취소했습니다.</translation>
    </message>
    <message>
        <source>within %1 minutes</source>
        <translation>%1분 이내에</translation>
    </message>
    <message>
        <source>No demand point can be reached%1 from any candidate site over the road layer &quot;%2&quot;: %3 of %4 demand points and %5 of %6 candidates lie near a road, but no connected part of the network joins them.</source>
        <translation>도로 레이어 &quot;%2&quot;에서는 어느 후보지에서도%1 도달할 수 있는 수요 지점이 없습니다: 수요 지점 %4개 중 %3개와 후보지 %6개 중 %5개가 도로 가까이에 있지만, 이들을 잇는 연결된 도로망이 없습니다.</translation>
    </message>
    <message>
        <source>The isochrone time must be a positive number of minutes (it is %1).</source>
        <translation>등시간권 시간은 0보다 큰 분 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The isochrone buffer must be a positive number of metres (it is %1).</source>
        <translation>등시간권 버퍼는 0보다 큰 미터 값이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>None of the %1 sources lies within %2 m of a road in the layer &quot;%3&quot;.</source>
        <translation>출발점 %1개 중 레이어 &quot;%3&quot;의 도로에서 %2 m 이내에 있는 것이 없습니다.</translation>
    </message>
    <message>
        <source>The isochrone could not be built: %1</source>
        <translation>등시간권을 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>dosi::gis::SalesImport</name>
    <message>
        <source>%1 is not a card-sales file (estimated sales per commercial area): %2 column(s) missing: %3.</source>
        <translation>%1은(는) 카드 매출 파일(상권별 추정매출)이 아닙니다: 열 %2개가 없습니다: %3.</translation>
    </message>
    <message>
        <source>No card-sales file was given.</source>
        <translation>카드 매출 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The card-sales import was cancelled.</source>
        <translation>카드 매출 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 was given twice.</source>
        <translation>%1을(를) 두 번 지정했습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a quarter code such as 20241.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 20241과 같은 분기 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the code is empty.</source>
        <translation>%1 %2행, %3열: 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>%1: commercial area %2, industry %3 and quarter %4 were already given in %5.</source>
        <translation>%1: 상권 %2, 업종 %3, 분기 %4 조합은 이미 %5에 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a number.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no data rows.</source>
        <translation>%1에 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1 commercial area(s) of the sales files are not in %2 and were left out: %3</source>
        <translation>매출 파일의 상권 %1개가 %2에 없어 제외했습니다: %3</translation>
    </message>
    <message>
        <source>%1 commercial area(s) of the sales files lie in no dong of the boundaries and were left out: %2</source>
        <translation>매출 파일의 상권 %1개가 경계의 어느 행정동에도 속하지 않아 제외했습니다: %2</translation>
    </message>
    <message>
        <source>%1 of %2 sales row(s) could not be placed in a dong (sales amount %3 left out).</source>
        <translation>매출 행 %2개 중 %1개를 행정동에 배치할 수 없었습니다(매출액 %3 제외).</translation>
    </message>
    <message>
        <source>%1 empty value(s) were read as missing.</source>
        <translation>빈 값 %1개를 결측으로 읽었습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 commercial area(s) fall in a different dong than the areas file says: %3</source>
        <translation>상권 %2개 중 %1개가 상권 파일에 적힌 것과 다른 행정동에 있습니다: %3</translation>
    </message>
    <message>
        <source>None of the %1 sales row(s) could be placed in a dong: check that %2 matches the sales files and the boundaries.</source>
        <translation>매출 행 %1개 중 어느 것도 행정동에 배치할 수 없었습니다. %2이(가) 매출 파일 및 경계와 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Cannot place the commercial areas of %1: no dong boundaries were given.</source>
        <translation>%1의 상권을 배치할 수 없습니다: 행정동 경계를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no column %2; it is not a commercial-area file. Its columns are: %3</source>
        <translation>%1에 열 %2이(가) 없어 상권 파일이 아닙니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no commercial areas (no data rows).</source>
        <translation>%1에 상권이 없습니다(자료 행 없음).</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the commercial-area code is empty.</source>
        <translation>%1 %2행, %3열: 상권 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a coordinate.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 좌표가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the commercial-area code %3 appears again; the first row is used.</source>
        <translation>%1 %2행: 상권 코드 %3이(가) 다시 나옵니다. 첫 번째 행을 사용합니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the point (%3, %4) cannot be transformed from EPSG:5181 to EPSG:5179.</source>
        <translation>%1 %2행: 점 (%3, %4)을(를) EPSG:5181에서 EPSG:5179로 변환할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::ThematicCompare</name>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Masked (≤3 people)</source>
        <translation>비공개(3명 이하)</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; is not a measure layer; periods can only be compared on measures over time.</source>
        <translation>레이어 &quot;%1&quot;은(는) 측정값 레이어가 아닙니다. 기간 비교는 시간에 따른 측정값에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not linked to a feature layer, so it cannot be drawn.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 피처 레이어와 연결되어 있지 않아 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>No period was given.</source>
        <translation>기간을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>There are no values for time &quot;%1&quot; (the layer has %2 time(s)%3).</source>
        <translation>시간 &quot;%1&quot;의 값이 없습니다(레이어의 시점 %2개%3).</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; must look like FROM/TO, e.g. 2019-03-04T00/2019-03-10T23.</source>
        <translation>기간 &quot;%1&quot;은(는) FROM/TO 형식이어야 합니다(예: 2019-03-04T00/2019-03-10T23).</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts.</source>
        <translation>기간 &quot;%1&quot;의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>No time of the layer falls in the period &quot;%1&quot; (the layer has %2 time(s)%3).</source>
        <translation>기간 &quot;%1&quot;에 해당하는 레이어의 시점이 없습니다(레이어의 시점 %2개%3).</translation>
    </message>
    <message>
        <source>The layer has no features to colour.</source>
        <translation>레이어에 색을 칠할 피처가 없습니다.</translation>
    </message>
    <message>
        <source>No period to compare with was given.</source>
        <translation>비교할 기간을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: A − B</source>
        <translation>%1: A − B</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>A = %1</source>
        <translation>A = %1</translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation>B = %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>A %1 · B %2</source>
        <translation>A %1 · B %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Layers &quot;%1&quot; and &quot;%2&quot; are drawn on different feature layers and cannot be compared.</source>
        <translation>레이어 &quot;%1&quot;과(와) &quot;%2&quot;은(는) 서로 다른 도형 레이어에 그려지므로 비교할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::VectorImport</name>
    <message>
        <source>Further warnings were left out.</source>
        <translation>이후 경고는 생략했습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is always UTF-8; the encoding %2 was ignored.</source>
        <translation>%1은(는) 항상 UTF-8이므로 인코딩 %2은(는) 무시했습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: the text encoding %2 is not supported.</source>
        <translation>%1을(를) 읽을 수 없습니다: 텍스트 인코딩 %2은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a vector data source GDAL can read.</source>
        <translation>%1을(를) 열 수 없습니다: GDAL이 읽을 수 있는 벡터 자료가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector data source: %2</source>
        <translation>%1을(를) 벡터 자료로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 contains no vector layers.</source>
        <translation>%1에 벡터 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;. Available layers: %3.</source>
        <translation>%1에 레이어 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 레이어: %3.</translation>
    </message>
    <message>
        <source>%1 has no .cpg file; if names look garbled, give the text encoding (e.g. CP949).</source>
        <translation>%1에 .cpg 파일이 없습니다. 이름이 깨져 보이면 텍스트 인코딩(예: CP949)을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 has no code field &quot;%2&quot;. Available fields: %3.</source>
        <translation>%1에 코드 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>No code field could be detected in %1. Name one of its fields: %2.</source>
        <translation>%1에서 코드 필드를 찾지 못했습니다. 다음 필드 중 하나를 지정하십시오: %2.</translation>
    </message>
    <message>
        <source>%1 has no label field &quot;%2&quot;. Available fields: %3.</source>
        <translation>%1에 이름 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>Cannot import %1: the coordinate reference system &quot;%2&quot; is not recognised.</source>
        <translation>%1을(를) 가져올 수 없습니다: 좌표계 &quot;%2&quot;을(를) 인식하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; give one (e.g. EPSG:4326).</source>
        <translation>%1에 좌표계가 없습니다. 좌표계를 지정하십시오(예: EPSG:4326).</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Feature %1 in %2 has an empty code in field &quot;%3&quot;.</source>
        <translation>%2의 피처 %1에서 필드 &quot;%3&quot;의 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Features %1 and %2 share the code %3.</source>
        <translation>피처 %1과(와) %2의 코드가 %3(으)로 같습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) has no geometry; skipped.</source>
        <translation>피처 %1(코드 %2)에 도형이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) in %3 cannot be transformed from %4 to EPSG:5179.</source>
        <translation>%3의 피처 %1(코드 %2)을(를) %4에서 EPSG:5179로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2): invalid geometry repaired (%3).</source>
        <translation>피처 %1(코드 %2): 잘못된 도형을 고쳤습니다(%3).</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) has no area after repair; skipped.</source>
        <translation>피처 %1(코드 %2)은(는) 고친 뒤 면적이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) is not a polygon.</source>
        <translation type="vanished">피처 %1(코드 %2)은(는) 폴리곤이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 of %2 features are lines or points, not polygons; they are kept as they are.</source>
        <translation>피처 %2개 중 %1개는 폴리곤이 아닌 선 또는 점이며, 그대로 유지했습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::VectorPreview</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a vector data source GDAL can read.</source>
        <translation>%1을(를) 열 수 없습니다: GDAL이 읽을 수 있는 벡터 자료가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector data source: %2</source>
        <translation>%1을(를) 벡터 자료로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 contains no vector layers.</source>
        <translation>%1에 벡터 레이어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::models::BoostedForecast</name>
    <message>
        <source>The boosted model failed in XGBoost (%1): %2</source>
        <translation>XGBoost에서 부스팅 모델이 실패했습니다(%1): %2</translation>
    </message>
    <message>
        <source>The boosted model has no training rows: the series is too short before the origin.</source>
        <translation>부스팅 모델의 학습 행이 없습니다. 기준시점 이전의 시계열이 너무 짧습니다.</translation>
    </message>
    <message>
        <source>The boosted model returned %1 predictions for %2 rows.</source>
        <translation>부스팅 모델이 %2개 행에 대해 예측값 %1개를 반환했습니다.</translation>
    </message>
    <message>
        <source>The forecast horizon must be at least one step.</source>
        <translation>예측 기간은 1단계 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The panel has no units to forecast.</source>
        <translation>패널에 예측할 단위지역이 없습니다.</translation>
    </message>
    <message>
        <source>The forecast origin %1 is outside the series (%2 times).</source>
        <translation>예측 기준시점 %1이(가) 시계열 범위(시점 %2개)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Unit %1 has %2 values, fewer than the %3 before the origin.</source>
        <translation>단위지역 %1의 값은 %2개로, 기준시점 이전에 필요한 %3개보다 적습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::models::Decline</name>
    <message>
        <source>peak over %1</source>
        <translation>%1 중 최고치</translation>
    </message>
    <message>
        <source>peak over %1: the data covers %2 of the %3 years</source>
        <translation>%1 중 최고치, 자료는 %3년 중 %2년만 있음</translation>
    </message>
    <message>
        <source>No population value for %1: the fall from the peak cannot be computed.</source>
        <translation>%1년 인구 값이 없어 최고치 대비 감소율을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>No business count for %1: the fall from the peak cannot be computed.</source>
        <translation>%1년 사업체 수가 없어 최고치 대비 감소율을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>The population peak of %1 is not positive: the fall from the peak cannot be computed.</source>
        <translation>%1 기간의 인구 최고치가 0 이하여서 최고치 대비 감소율을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>The business count peak of %1 is not positive: the fall from the peak cannot be computed.</source>
        <translation>%1 기간의 사업체 수 최고치가 0 이하여서 최고치 대비 감소율을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>Population %1 in %2 is %3 % below the %4 peak of %5 (%6).</source>
        <translation>%2년 인구(%1)는 %4년 최고치(%5)보다 %3 % 적습니다(%6).</translation>
    </message>
    <message>
        <source>Business count %1 in %2 is %3 % below the %4 peak of %5 (%6).</source>
        <translation>%2년 사업체 수(%1)는 %4년 최고치(%5)보다 %3 % 적습니다(%6).</translation>
    </message>
    <message>
        <source>Population %1 in %2 is %3 % below the %4 peak of %5 (%6); the full %7-year window is required to rule out an earlier, higher peak.</source>
        <translation>%2년 인구(%1)는 %4년 최고치(%5)보다 %3 % 적으나(%6), 그 이전에 더 높은 최고치가 있었을 가능성을 배제하려면 %7년 전체 기간의 자료가 필요합니다.</translation>
    </message>
    <message>
        <source>Business count %1 in %2 is %3 % below the %4 peak of %5 (%6); the full %7-year window is required to rule out an earlier, higher peak.</source>
        <translation>%2년 사업체 수(%1)는 %4년 최고치(%5)보다 %3 % 적으나(%6), 그 이전에 더 높은 최고치가 있었을 가능성을 배제하려면 %7년 전체 기간의 자료가 필요합니다.</translation>
    </message>
    <message>
        <source>Population %1 in %2 is itself the peak (%3).</source>
        <translation>%2년 인구(%1)가 최고치입니다(%3).</translation>
    </message>
    <message>
        <source>Business count %1 in %2 is itself the peak (%3).</source>
        <translation>%2년 사업체 수(%1)가 최고치입니다(%3).</translation>
    </message>
    <message>
        <source>Population %1 in %2 is %3 % below the %4 peak of %5 (%6), less than the %7 % required.</source>
        <translation>%2년 인구(%1)는 %4년 최고치(%5)보다 %3 % 적어(%6) 기준인 %7 %에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>Business count %1 in %2 is %3 % below the %4 peak of %5 (%6), less than the %7 % required.</source>
        <translation>%2년 사업체 수(%1)는 %4년 최고치(%5)보다 %3 % 적어(%6) 기준인 %7 %에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>Declined in %1 consecutive years (%2).</source>
        <translation>%1년 연속 감소했습니다(%2).</translation>
    </message>
    <message>
        <source>No year-on-year decline in %1 (%2 consecutive years needed).</source>
        <translation>%1 기간에 전년 대비 감소가 없습니다(%2년 연속 감소 필요).</translation>
    </message>
    <message>
        <source>Longest run of declines in %1: %2 (%3 of the %4 consecutive years needed).</source>
        <translation>%1 기간 최장 연속 감소: %2 (필요한 연속 %4년 중 %3년).</translation>
    </message>
    <message>
        <source>No value for %1: a run of %2 consecutive declines in %3 cannot be ruled out.</source>
        <translation>%1년 값이 없어 %3 기간에 %2년 연속 감소가 있었을 가능성을 배제할 수 없습니다.</translation>
    </message>
    <message>
        <source>No value for %1, but even as declines these years cannot complete a run of %2.</source>
        <translation>%1년 값이 없으나, 이 연도들이 모두 감소였다 해도 %2년 연속 감소가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>No population value in or before %1.</source>
        <translation>%1년 또는 그 이전의 인구 값이 없습니다.</translation>
    </message>
    <message>
        <source>No business count in or before %1.</source>
        <translation>%1년 또는 그 이전의 사업체 수가 없습니다.</translation>
    </message>
    <message>
        <source>No population by year: import a table of population by year (dosi-cli import … table --time YEAR).</source>
        <translation>연도별 인구가 없습니다. 연도별 인구 표를 가져오십시오(dosi-cli import … table --time YEAR).</translation>
    </message>
    <message>
        <source>No business counts by year: import a table of business counts (dosi-cli import … table --time YEAR).</source>
        <translation>연도별 사업체 수가 없습니다. 사업체 수 표를 가져오십시오(dosi-cli import … table --time YEAR).</translation>
    </message>
    <message>
        <source>No building ages: import a table of buildings by age or of the share of buildings %1 or more years old (dosi-cli import … table).</source>
        <translation>건축물 경과연수 자료가 없습니다. 경과연수별 건축물 수 표 또는 준공 후 %1년 이상 지난 건축물 비율 표를 가져오십시오(dosi-cli import … table).</translation>
    </message>
    <message>
        <source>%1 % of buildings are %2 or more years old (threshold %3 %).</source>
        <translation>건축물의 %1 %가 준공 후 %2년 이상 지났습니다(기준 %3 %).</translation>
    </message>
    <message>
        <source>%1 % of buildings are %2 or more years old, less than the %3 % required.</source>
        <translation>준공 후 %2년 이상 지난 건축물이 %1 %로, 기준인 %3 %에 미치지 못합니다.</translation>
    </message>
</context>
<context>
    <name>dosi::models::DeclineOutlook</name>
    <message>
        <source>No forecast for this unit.</source>
        <translation>이 단위지역의 예측이 없습니다.</translation>
    </message>
    <message>
        <source>The forecast is not yearly (time &quot;%1&quot;): the decline criterion is tested on years.</source>
        <translation>예측이 연 단위가 아닙니다(시점 &quot;%1&quot;). 쇠퇴 기준은 연 단위로 판정합니다.</translation>
    </message>
    <message>
        <source>The forecast for %1 has no value or no interval.</source>
        <translation>%1의 예측에 값 또는 예측구간이 없습니다.</translation>
    </message>
    <message>
        <source>The population criterion is met on the observed years already: %1</source>
        <translation>관측 연도에서 이미 인구 기준을 충족합니다: %1</translation>
    </message>
    <message>
        <source>The population criterion is met in %1 of %2 simulated paths by %3.</source>
        <translation>%3년까지 모의 경로 %2개 중 %1개에서 인구 기준을 충족합니다.</translation>
    </message>
    <message>
        <source>The future population follows the forecast&apos;s point path plus a normal error whose spread matches the forecast&apos;s %1 % prediction interval (sd = (hi − lo) / (2 × %2)).</source>
        <translation>장래 인구는 예측의 점예측 경로에 정규 오차를 더한 값으로 보며, 오차의 산포는 예측의 %1 % 예측구간에 맞춥니다(sd = (hi − lo) / (2 × %2)).</translation>
    </message>
    <message>
        <source>Errors accumulate as a random walk: each year adds an independent normal increment, so every simulated path is a coherent trajectory.</source>
        <translation>오차는 확률보행(random walk)으로 누적됩니다. 매년 독립적인 정규 증분이 더해지므로 각 모의 경로는 일관된 궤적이 됩니다.</translation>
    </message>
    <message>
        <source>The population criterion is tested on the observed years followed by each simulated year, with the thresholds of the diagnosis; simulated populations are never below zero and are whole numbers when the observed ones are.</source>
        <translation>인구 기준은 관측 연도 뒤에 각 모의 연도를 이어 붙여 쇠퇴진단과 같은 기준값으로 판정합니다. 모의 인구는 0 미만이 되지 않으며, 관측 인구가 정수이면 정수로 처리합니다.</translation>
    </message>
    <message>
        <source>%1 simulated paths with random seed %2: the same inputs give the same probabilities.</source>
        <translation>난수 시드 %2로 모의 경로 %1개를 생성합니다. 입력이 같으면 확률도 같습니다.</translation>
    </message>
    <message>
        <source>The probability is the share of paths meeting the criterion in at least one forecast year; a unit that meets it on the observed years already has probability 1.</source>
        <translation>확률은 예측 연도 중 한 해 이상에서 기준을 충족하는 경로의 비율입니다. 관측 연도에서 이미 충족한 단위지역의 확률은 1입니다.</translation>
    </message>
</context>
<context>
    <name>dosi::models::Forecast</name>
    <message>
        <source>The series have no times.</source>
        <translation>시계열에 시점이 없습니다.</translation>
    </message>
    <message>
        <source>There are no units to forecast.</source>
        <translation>예측할 단위지역이 없습니다.</translation>
    </message>
    <message>
        <source>The forecast horizon must be at least one step.</source>
        <translation>예측 기간은 1단계 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 time key.</source>
        <translation>&quot;%1&quot;은(는) %2 시간 키가 아닙니다.</translation>
    </message>
    <message>
        <source>The times are not consecutive %1 keys: &quot;%2&quot; follows &quot;%3&quot; (a gap must be a missing value).</source>
        <translation>시점이 연속된 %1 키가 아닙니다: &quot;%3&quot; 다음에 &quot;%2&quot;이(가) 옵니다(빠진 시점은 결측값으로 두어야 합니다).</translation>
    </message>
    <message>
        <source>Unit %1 has %2 values for %3 times.</source>
        <translation>단위지역 %1의 값은 %2개인데 시점은 %3개입니다.</translation>
    </message>
    <message>
        <source>A covariate of unit %1 has %2 values for %3 times.</source>
        <translation>단위지역 %1의 공변량 값은 %2개인데 시점은 %3개입니다.</translation>
    </message>
    <message>
        <source>Naive (last value)</source>
        <translation>나이브(마지막 값)</translation>
    </message>
    <message>
        <source>Seasonal naive (value one season ago)</source>
        <translation>계절 나이브(한 주기 전 값)</translation>
    </message>
    <message>
        <source>Linear trend</source>
        <translation>선형 추세</translation>
    </message>
    <message>
        <source>Damped-trend exponential smoothing</source>
        <translation>감쇠추세 지수평활</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (panel)</source>
        <translation>그래디언트 부스팅 트리(패널)</translation>
    </message>
    <message>
        <source>Automatic (best in backtest)</source>
        <translation>자동(백테스트 최우수)</translation>
    </message>
    <message>
        <source>The forecast origin %1 is outside the series (1 to %2).</source>
        <translation>예측 기준시점 %1이(가) 시계열 범위(1~%2)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>The series are too short for a backtest of %1: %2 values, at least %3 needed before the first origin.</source>
        <translation>시계열이 너무 짧아 %1의 백테스트를 할 수 없습니다: 값 %2개, 첫 기준시점 이전에 최소 %3개 필요.</translation>
    </message>
    <message>
        <source>The interval level must be between 0 and 1 (got %1).</source>
        <translation>예측구간 수준은 0과 1 사이여야 합니다(입력값 %1).</translation>
    </message>
    <message>
        <source>Cannot continue the time axis after &quot;%1&quot; (%2).</source>
        <translation>&quot;%1&quot; 이후로 시간 축을 이어 갈 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>None of the methods allowed for auto applies to %1 series.</source>
        <translation>자동 선택에 허용된 방법 중 %1 시계열에 적용할 수 있는 방법이 없습니다.</translation>
    </message>
    <message>
        <source>The series are too short for a backtest of %1 (%2 values); the forecast has no measured error.</source>
        <translation>시계열이 너무 짧아(값 %2개) %1의 백테스트를 할 수 없으므로 예측 오차를 측정하지 못했습니다.</translation>
    </message>
    <message>
        <source>The series are short: the backtest compares %1 step(s) ahead instead of %2.</source>
        <translation>시계열이 짧아 백테스트에서 %2단계 대신 %1단계 앞까지 비교합니다.</translation>
    </message>
    <message>
        <source>The boosted model returned %1 series for %2 units.</source>
        <translation>부스팅 모델이 단위지역 %2개에 대해 시계열 %1개를 반환했습니다.</translation>
    </message>
    <message>
        <source>Too short to forecast with %1: %2 value(s), at least %3 needed.</source>
        <translation>%1(으)로 예측하기에는 너무 짧습니다: 값 %2개, 최소 %3개 필요.</translation>
    </message>
    <message>
        <source>No forecast: %1 could not be fitted to this unit.</source>
        <translation>예측 없음: 이 단위지역에 %1을(를) 적합할 수 없습니다.</translation>
    </message>
    <message>
        <source>No backtest error for this unit: too few values before the backtest origins.</source>
        <translation>이 단위지역의 백테스트 오차가 없습니다: 백테스트 기준시점 이전의 값이 너무 적습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The series are too short for a backtest (%1 values); auto uses %2 without one.</source>
        <translation>시계열이 너무 짧아(값 %1개) 백테스트를 할 수 없으므로 자동 선택은 백테스트 없이 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>%1 was not tried: the series are too short for it.</source>
        <translation>%1은(는) 시도하지 않았습니다: 시계열이 너무 짧습니다.</translation>
    </message>
    <message>
        <source>The boosted model was skipped: %1</source>
        <translation>부스팅 모델을 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>No method could be scored in the backtest; auto uses %1.</source>
        <translation>백테스트에서 평가할 수 있는 방법이 없어 자동 선택은 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Auto chose %1: lowest mean %2 (%3) over %4 backtest origin(s).</source>
        <translation>자동 선택 결과 %1: 백테스트 기준시점 %4개에서 평균 %2이(가) 가장 낮습니다(%3).</translation>
    </message>
</context>
<context>
    <name>dosi::models::IndexIndicators</name>
    <message>
        <source>Population change over the years available</source>
        <translation>자료 기간의 인구 변화율</translation>
    </message>
    <message>
        <source>Relative change of the registered population from the first to the latest year.</source>
        <translation>첫 연도 대비 최근 연도의 주민등록인구 변화율.</translation>
    </message>
    <message>
        <source>Share of people aged 65 and over</source>
        <translation>65세 이상 인구 비율</translation>
    </message>
    <message>
        <source>Ageing: people 65+ over all residents, latest year.</source>
        <translation>고령화: 전체 주민 대비 65세 이상 인구, 최근 연도.</translation>
    </message>
    <message>
        <source>Share of children aged 0-14</source>
        <translation>0-14세 유소년 인구 비율</translation>
    </message>
    <message>
        <source>Children 0-14 over all residents, latest year.</source>
        <translation>전체 주민 대비 0-14세 유소년 인구, 최근 연도.</translation>
    </message>
    <message>
        <source>Extinction risk index (소멸위험지수)</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <source>Women aged 20-39 over people aged 65+; below 0.5 counts as at risk of extinction.</source>
        <translation>65세 이상 인구 대비 20-39세 여성 인구. 0.5 미만이면 소멸위험으로 봅니다.</translation>
    </message>
    <message>
        <source>Crude birth rate</source>
        <translation>조출생률</translation>
    </message>
    <message>
        <source>Births per 1,000 residents, latest year.</source>
        <translation>주민 1,000명당 출생아 수, 최근 연도.</translation>
    </message>
    <message>
        <source>Card sales change</source>
        <translation>카드 매출 변화율</translation>
    </message>
    <message>
        <source>Relative change of estimated card sales, first to latest period.</source>
        <translation>첫 기간 대비 최근 기간의 카드 추정매출 변화율.</translation>
    </message>
    <message>
        <source>Change in the number of businesses</source>
        <translation>사업체 수 변화율</translation>
    </message>
    <message>
        <source>Relative change of business counts, first to latest year.</source>
        <translation>첫 연도 대비 최근 연도의 사업체 수 변화율.</translation>
    </message>
    <message>
        <source>Share of buildings 20+ years old</source>
        <translation>20년 이상 노후건축물 비율</translation>
    </message>
    <message>
        <source>Old buildings over all buildings (the decline diagnosis&apos; building criterion).</source>
        <translation>전체 건축물 대비 노후건축물 비율(쇠퇴진단의 건축물 기준).</translation>
    </message>
    <message>
        <source>Traffic accidents per 1,000 residents</source>
        <translation>주민 1,000명당 교통사고 건수</translation>
    </message>
    <message>
        <source>Import a table of accidents per 1,000 residents by unit.</source>
        <translation>단위지역별 주민 1,000명당 교통사고 건수 표를 가져오십시오.</translation>
    </message>
    <message>
        <source>Reported crimes per 1,000 residents</source>
        <translation>주민 1,000명당 범죄 발생 건수</translation>
    </message>
    <message>
        <source>Import a table of crimes per 1,000 residents by unit.</source>
        <translation>단위지역별 주민 1,000명당 범죄 발생 건수 표를 가져오십시오.</translation>
    </message>
    <message>
        <source>Daytime over night-time living population</source>
        <translation>주간/야간 생활인구 비</translation>
    </message>
    <message>
        <source>Living population at 14 h against 04 h of the latest weekday: people who come in during the day.</source>
        <translation>최근 평일 04시 대비 14시 생활인구: 낮 동안 유입되는 인구.</translation>
    </message>
    <message>
        <source>Bus stops per km²</source>
        <translation>km²당 버스정류장 수</translation>
    </message>
    <message>
        <source>Import a table of bus stops per km² by unit.</source>
        <translation>단위지역별 km²당 버스정류장 수 표를 가져오십시오.</translation>
    </message>
    <message>
        <source>Welfare and cultural facilities per 1,000 residents</source>
        <translation>주민 1,000명당 복지·문화시설 수</translation>
    </message>
    <message>
        <source>Import a table of facilities per 1,000 residents by unit.</source>
        <translation>단위지역별 주민 1,000명당 시설 수 표를 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>dosi::models::Location</name>
    <message>
        <source>There are no demand points.</source>
        <translation>수요 지점이 없습니다.</translation>
    </message>
    <message>
        <source>There are %1 demand points but %2 weights.</source>
        <translation>수요 지점은 %1개인데 가중치는 %2개입니다.</translation>
    </message>
    <message>
        <source>There are no candidate sites.</source>
        <translation>후보지가 없습니다.</translation>
    </message>
    <message>
        <source>The cost matrix is %1 x %2 but there are %3 demand points and %4 candidate sites.</source>
        <translation>비용 행렬은 %1 x %2인데 수요 지점은 %3개, 후보지는 %4개입니다.</translation>
    </message>
    <message>
        <source>The cost matrix is malformed (its row index does not match its pairs).</source>
        <translation>비용 행렬의 형식이 잘못되었습니다(행 인덱스가 쌍 목록과 맞지 않습니다).</translation>
    </message>
    <message>
        <source>Demand point %1 has the weight %2; weights must be finite and not negative.</source>
        <translation>수요 지점 %1의 가중치가 %2입니다. 가중치는 음수가 아닌 유한한 값이어야 합니다.</translation>
    </message>
    <message>
        <source>The demand has no weights: every demand point weighs 0. Choose a weight field with positive values.</source>
        <translation>수요에 가중치가 없습니다: 모든 수요 지점의 가중치가 0입니다. 양수 값이 있는 가중치 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>Existing facility %1 is not one of the %2 candidate sites.</source>
        <translation>기존 시설 %1은(는) 후보지 %2개 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>The service radius must be greater than 0 (it is %1).</source>
        <translation>서비스 반경은 0보다 커야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The number of new facilities p must be at least 1 (it is %1).</source>
        <translation>신규 시설 수 p는 1 이상이어야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>p = %1 is larger than the %2 candidate sites that are not already open.</source>
        <translation>p = %1이(가) 아직 운영 중이 아닌 후보지 수(%2개)보다 큽니다.</translation>
    </message>
    <message>
        <source>The cost matrix is malformed (row %1).</source>
        <translation>비용 행렬의 형식이 잘못되었습니다(%1행).</translation>
    </message>
    <message>
        <source>The cost from candidate %1 to demand point %2 is %3; costs must be finite and not negative.</source>
        <translation>후보지 %1에서 수요 지점 %2까지의 비용이 %3입니다. 비용은 음수가 아닌 유한한 값이어야 합니다.</translation>
    </message>
    <message>
        <source>Demand point %1 has no cost to any candidate site or existing facility; p-median and p-center need one for every demand point (complete the cost table or raise its distance limit).</source>
        <translation>수요 지점 %1에서 어느 후보지나 기존 시설까지의 비용도 없습니다. p-median과 p-center에는 모든 수요 지점마다 비용이 하나 이상 필요합니다(비용표를 보완하거나 거리 한도를 늘리십시오).</translation>
    </message>
    <message>
        <source>Cancelled; the best solution found so far is kept.</source>
        <translation>취소했습니다. 지금까지 찾은 최선해를 유지합니다.</translation>
    </message>
    <message>
        <source>The time limit of %1 s was reached; the best solution found is kept with its gap.</source>
        <translation>제한 시간 %1초에 도달했습니다. 찾은 최선해를 갭과 함께 유지합니다.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>The largest p of the coverage curve must be at least 1.</source>
        <translation>커버리지 곡선의 최대 p는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Coverage with p = %1</source>
        <translation>p = %1의 커버리지</translation>
    </message>
    <message>
        <source>The coverage curve was cancelled.</source>
        <translation>커버리지 곡선 계산을 취소했습니다.</translation>
    </message>
    <message>
        <source>Enumeration would try %1 subsets; it handles at most 5 million.</source>
        <translation>완전 열거로는 부분집합 %1개를 시도해야 합니다. 최대 500만 개까지만 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enumeration would try more than 5 million subsets.</source>
        <translation>완전 열거로는 500만 개가 넘는 부분집합을 시도해야 합니다.</translation>
    </message>
    <message>
        <source>No choice of %1 new sites reaches every demand point.</source>
        <translation>신규 입지 %1개를 어떻게 골라도 모든 수요 지점에 도달할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1, gap %2 %</source>
        <translation>%1, 갭 %2 %</translation>
    </message>
    <message>
        <source>Checking radius %1 (CBC)</source>
        <translation>반경 %1 확인 중(CBC)</translation>
    </message>
    <message>
        <source>Preparing costs</source>
        <translation>비용 준비 중</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>No choice of %1 new sites reaches every demand point: the cost table has too few pairs. Complete the cost table or raise p.</source>
        <translation>신규 입지 %1개를 어떻게 골라도 모든 수요 지점에 도달할 수 없습니다: 비용표의 쌍이 너무 적습니다. 비용표를 보완하거나 p를 늘리십시오.</translation>
    </message>
    <message>
        <source>No choice of %1 new sites reaching every demand point was found in the time limit.</source>
        <translation>제한 시간 안에 모든 수요 지점에 도달하는 신규 입지 %1개의 조합을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Checking radius %1</source>
        <translation>반경 %1 확인 중</translation>
    </message>
    <message>
        <source>CBC stopped at the time limit; its best solution is kept with the gap.</source>
        <translation>CBC가 제한 시간에 도달해 멈췄습니다. CBC의 최선해를 갭과 함께 유지합니다.</translation>
    </message>
    <message>
        <source>CBC stopped at the time limit; the heuristic solution is kept with the gap.</source>
        <translation>CBC가 제한 시간에 도달해 멈췄습니다. 휴리스틱 해를 갭과 함께 유지합니다.</translation>
    </message>
    <message>
        <source>No time was left for CBC; the heuristic solution is kept.</source>
        <translation>CBC를 실행할 시간이 남지 않아 휴리스틱 해를 유지합니다.</translation>
    </message>
    <message>
        <source>Reduced to %1 demand rows (from %2 points) and %3 candidates (%4 dominated left out).</source>
        <translation>수요 행 %1개(원래 지점 %2개)와 후보지 %3개(지배되는 후보지 %4개 제외)로 축소했습니다.</translation>
    </message>
    <message>
        <source>Greedy and swap heuristic</source>
        <translation>탐욕·스왑 휴리스틱</translation>
    </message>
    <message>
        <source>Lagrangian bound</source>
        <translation>라그랑지안 한계값</translation>
    </message>
    <message>
        <source>Solving exactly (CBC)</source>
        <translation>정확해 계산 중(CBC)</translation>
    </message>
    <message>
        <source>Preparing coverage</source>
        <translation>커버리지 준비 중</translation>
    </message>
    <message>
        <source>Greedy heuristic</source>
        <translation>탐욕 휴리스틱</translation>
    </message>
    <message>
        <source>Improving the cover</source>
        <translation>커버 개선 중</translation>
    </message>
    <message>
        <source>%1 demand points (weight %2) are beyond the radius of every site and stay uncovered.</source>
        <translation>수요 지점 %1개(가중치 %2)는 모든 입지의 반경 밖에 있어 커버되지 않습니다.</translation>
    </message>
    <message>
        <source>Greedy and interchange heuristic</source>
        <translation>탐욕·교환 휴리스틱</translation>
    </message>
    <message>
        <source>The assignment model is too large for CBC (%1 pairs); the heuristic solution is kept with its Lagrangian bound. The exact method runs CBC on each point&apos;s %2 nearest candidates.</source>
        <translation>할당 모형이 CBC로 풀기에는 너무 큽니다(쌍 %1개). 휴리스틱 해를 라그랑지안 한계값과 함께 유지합니다. 정확해법은 수요 지점마다 가장 가까운 후보지 %2개만으로 CBC를 실행합니다.</translation>
    </message>
    <message>
        <source>For CBC each demand point kept only its %1 nearest candidates, so the result is not proven optimal.</source>
        <translation>CBC 계산에서는 수요 지점마다 가장 가까운 후보지 %1개만 남겼으므로 결과의 최적성은 증명되지 않았습니다.</translation>
    </message>
    <message>
        <source>No choice of %1 new sites found reaches demand point %2: the cost table has no pair for it with the chosen sites. Complete the cost table or raise p.</source>
        <translation>찾은 신규 입지 %1개 조합으로는 수요 지점 %2에 도달할 수 없습니다: 비용표에 선택된 입지와 이 지점을 잇는 쌍이 없습니다. 비용표를 보완하거나 p를 늘리십시오.</translation>
    </message>
</context>
<context>
    <name>dosi::models::LocationRun</name>
    <message>
        <source>The %1 layer “%2” is not in the project.</source>
        <translation>%1 레이어 “%2”이(가) 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <source>The %1 layer “%2” has no features (it is a table of values); choose a layer of points, cells or areas.</source>
        <translation>%1 레이어 “%2”에 피처가 없습니다(값 표입니다). 점, 셀 또는 면 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>The %1 layer “%2” has no field “%3”.</source>
        <translation>%1 레이어 “%2”에 필드 “%3”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The %1 layer “%2” has the id “%3” more than once in field “%4”; choose a field with one value per feature.</source>
        <translation>%1 레이어 “%2”의 필드 “%4”에 ID “%3”이(가) 두 번 이상 나옵니다. 피처마다 값이 고유한 필드를 선택하십시오.</translation>
    </message>
    <message>
        <source>The %1 layer “%2” has no features with a geometry.</source>
        <translation>%1 레이어 “%2”에 도형이 있는 피처가 없습니다.</translation>
    </message>
    <message>
        <source>No weight field was chosen: every demand point weighs 1.</source>
        <translation>가중치 필드를 선택하지 않았습니다: 모든 수요 지점의 가중치를 1로 봅니다.</translation>
    </message>
    <message>
        <source>The demand layer “%1” has no field “%2” to weigh demand by.</source>
        <translation>수요 레이어 “%1”에 수요 가중치로 쓸 필드 “%2”이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n demand point(s) have no number in “%1” and weigh 0.</source>
        <translation>
            <numerusform>수요 지점 %n개는 “%1”에 숫자 값이 없어 가중치를 0으로 봅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weight layer “%1” is not in the project.</source>
        <translation>가중치 레이어 “%1”이(가) 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <source>The weight layer “%1” is not a table of values over the demand layer “%2”.</source>
        <translation>가중치 레이어 “%1”은(는) 수요 레이어 “%2”에 연결된 값 표가 아닙니다.</translation>
    </message>
    <message>
        <source>The weight layer “%1” has no field “%2”.</source>
        <translation>가중치 레이어 “%1”에 필드 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The weight layer “%1” has no values at “%2”.</source>
        <translation>가중치 레이어 “%1”에 “%2”의 값이 없습니다.</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>전체 시점</translation>
    </message>
    <message numerus="yes">
        <source>%n demand point(s) have no value in “%1” and weigh 0.</source>
        <translation>
            <numerusform>수요 지점 %n개는 “%1”에 값이 없어 가중치를 0으로 봅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n masked value(s) (3 people or fewer) count as 0.</source>
        <translation>
            <numerusform>비공개 값 %n개(3명 이하)는 0으로 계산합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The study-area layer “%1” is not a layer of areas in the project.</source>
        <translation>분석 대상 지역 레이어 “%1”은(는) 프로젝트의 면 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>The study-area layer “%1” has no field “%2”.</source>
        <translation>분석 대상 지역 레이어 “%1”에 필드 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The study-area layer “%1” has no area with %2 = “%3”.</source>
        <translation>분석 대상 지역 레이어 “%1”에 %2 = “%3”인 구역이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a demand layer.</source>
        <translation>수요 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>수요</translation>
    </message>
    <message>
        <source>No demand point of “%1” lies in the study area (%2).</source>
        <translation>“%1”의 수요 지점 중 분석 대상 지역(%2) 안에 있는 것이 없습니다.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보지</translation>
    </message>
    <message>
        <source>Choose a candidate layer or draw candidate sites on the map.</source>
        <translation>후보지 레이어를 선택하거나 지도에 후보지를 그리십시오.</translation>
    </message>
    <message>
        <source>No candidate site lies in the study area (%1).</source>
        <translation>분석 대상 지역(%1) 안에 있는 후보지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidate site(s) lies within the demand area of “%1”; check that the candidates and the demand are the same place.</source>
        <translation>
            <numerusform>후보지 %n개 중 “%1”의 수요 범위 안에 있는 것이 없습니다. 후보지와 수요가 같은 지역인지 확인하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate site(s) lie outside the demand area.</source>
        <translation>
            <numerusform>후보지 %n개가 수요 범위 밖에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>existing facilities</source>
        <translation>기존 시설</translation>
    </message>
    <message>
        <source>Choose a road layer for network travel times.</source>
        <translation>도로망 통행 시간 계산에 쓸 도로 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>The road layer “%1” is not a layer of lines in the project.</source>
        <translation>도로 레이어 “%1”은(는) 프로젝트의 선 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>The cost table “%1” does not exist.</source>
        <translation>비용표 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no scenario named “%1”.</source>
        <translation>“%1”(이)라는 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>%1 × %2 demand–candidate pairs are too many for %3, which needs the cost of every pair; use fewer candidates or a coverage model (LSCP, MCLP).</source>
        <translation>수요–후보지 쌍 %1 × %2개는 모든 쌍의 비용이 필요한 %3에는 너무 많습니다. 후보지를 줄이거나 커버링 모형(LSCP, MCLP)을 사용하십시오.</translation>
    </message>
    <message>
        <source>The road network was not built.</source>
        <translation>도로망이 구축되지 않았습니다.</translation>
    </message>
    <message>
        <source>Travel times on the road network</source>
        <translation>도로망 통행 시간</translation>
    </message>
    <message>
        <source>Computing costs</source>
        <translation>비용 계산 중</translation>
    </message>
    <message>
        <source>The service standard (radius) must be greater than 0.</source>
        <translation>서비스 기준(반경)은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>도로망 구축 중</translation>
    </message>
    <message>
        <source>The coverage curve needs a coverage model (LSCP or MCLP) with a radius.</source>
        <translation>커버리지 곡선에는 반경을 지정한 커버링 모형(LSCP 또는 MCLP)이 필요합니다.</translation>
    </message>
    <message>
        <source>Drawing service areas</source>
        <translation>서비스 권역 그리는 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>%1 location (%2)</source>
        <translation>%1 입지 분석(%2)</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was stored.</source>
        <translation>분석을 취소했습니다. 저장한 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Sites — %1</source>
        <translation>입지 — %1</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>입지 ID</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>입지 이름</translation>
    </message>
    <message>
        <source>existing or new</source>
        <translation>기존 또는 신규</translation>
    </message>
    <message>
        <source>Covered demand served</source>
        <translation>이 입지가 커버하는 수요</translation>
    </message>
    <message>
        <source>Demand points served</source>
        <translation>이 입지가 서비스하는 수요 지점 수</translation>
    </message>
    <message>
        <source>Coverage — %1</source>
        <translation>커버리지 — %1</translation>
    </message>
    <message>
        <source>1 covered, 0 not covered</source>
        <translation>1 커버됨, 0 커버되지 않음</translation>
    </message>
    <message>
        <source>Cost to the nearest open site (%1)</source>
        <translation>가장 가까운 운영 시설까지의 비용(%1)</translation>
    </message>
    <message>
        <source>Demand weight</source>
        <translation>수요 가중치</translation>
    </message>
    <message>
        <source>Service areas — %1</source>
        <translation>서비스 권역 — %1</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation>전기차 충전기</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>소방서</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message numerus="yes">
        <source>%n existing facilities lie beyond the service radius of the whole demand area and were left out.</source>
        <translation>
            <numerusform>기존 시설 %n곳은 수요 지역 전체에서 서비스 반경 밖에 있어 제외했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dosi::models::RegenData</name>
    <message>
        <source>The project has no layer &quot;%1&quot; (%2).</source>
        <translation>프로젝트에 레이어 &quot;%1&quot;이(가) 없습니다(%2).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; (%2) holds no measures.</source>
        <translation>레이어 &quot;%1&quot;(%2)에 측정값이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>businesses</source>
        <translation>사업체</translation>
    </message>
    <message>
        <source>old building share</source>
        <translation>노후건축물 비율</translation>
    </message>
    <message>
        <source>old buildings</source>
        <translation>노후건축물</translation>
    </message>
    <message>
        <source>all buildings</source>
        <translation>전체 건축물</translation>
    </message>
    <message>
        <source>Old buildings need both the count of old buildings and the count of all buildings.</source>
        <translation>노후건축물 기준에는 노후건축물 수와 전체 건축물 수가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The project has no layer &quot;%1&quot;.</source>
        <translation>프로젝트에 레이어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no time axis to forecast.</source>
        <translation>레이어 &quot;%1&quot;에 예측에 사용할 시간 축이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values of %2.</source>
        <translation>레이어 &quot;%1&quot;에 %2 값이 없습니다.</translation>
    </message>
    <message>
        <source>The time keys of layer &quot;%1&quot; cannot be put in sequence.</source>
        <translation>레이어 &quot;%1&quot;의 시간 키를 순서대로 정렬할 수 없습니다.</translation>
    </message>
    <message>
        <source>The data of %1 has long gaps; only its last continuous stretch (%2 to %3) is used.</source>
        <translation>%1의 자료에 긴 공백이 있어 마지막 연속 구간(%2~%3)만 사용합니다.</translation>
    </message>
    <message>
        <source>No field given for layer &quot;%1&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 필드를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No layer &quot;%1&quot; in the project.</source>
        <translation>프로젝트에 레이어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values at %2.</source>
        <translation>레이어 &quot;%1&quot;에 %2 시점의 값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::models::RegenRun</name>
    <message>
        <source>The project has no run %1.</source>
        <translation>프로젝트에 분석 결과 %1번이 없습니다.</translation>
    </message>
    <message>
        <source>Runs %1 (%2) and %3 (%4) are of different kinds.</source>
        <translation>분석 결과 %1 (%2)와(과) %3 (%4)의 종류가 다릅니다.</translation>
    </message>
    <message>
        <source>Run %1 or %2 has no result layer.</source>
        <translation>분석 결과 %1번 또는 %2번에 결과 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The result layer of run %1 or %2 was removed.</source>
        <translation>분석 결과 %1번 또는 %2번의 결과 레이어가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The forecast horizon must be at least 1 step.</source>
        <translation>예측 기간은 1단계 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The interval level must be between 0 and 1 (e.g. 0.8).</source>
        <translation>예측구간 수준은 0과 1 사이여야 합니다(예: 0.8).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no unit %2.</source>
        <translation>레이어 &quot;%1&quot;에 단위지역 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Forecast of %1 (%2)</source>
        <translation>%1 예측(%2)</translation>
    </message>
    <message>
        <source>Forecast (estimated)</source>
        <translation>예측(추정값)</translation>
    </message>
    <message>
        <source>Lower bound of the %1 % interval</source>
        <translation>%1 % 예측구간 하한</translation>
    </message>
    <message>
        <source>Upper bound of the %1 % interval</source>
        <translation>%1 % 예측구간 상한</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준안</translation>
    </message>
    <message>
        <source>The decline outlook needs a yearly population layer.</source>
        <translation>쇠퇴 전망에는 연도별 인구 레이어가 필요합니다.</translation>
    </message>
    <message>
        <source>Decline outlook: chance of meeting the population criterion</source>
        <translation>쇠퇴 전망: 인구 기준 충족 확률</translation>
    </message>
    <message numerus="yes">
        <source>Chance of meeting the population criterion within %n year(s) (estimated)</source>
        <translation>
            <numerusform>%n년 이내 인구 기준 충족 확률(추정값)</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion met already (1 yes, 0 no)</source>
        <translation>이미 기준 충족(1 예, 0 아니요)</translation>
    </message>
    <message>
        <source>The project has no yearly population, business or building layer to diagnose. Import one with dosi-cli import … table --time YEAR.</source>
        <translation>프로젝트에 진단할 연도별 인구, 사업체, 건축물 레이어가 없습니다. dosi-cli import … table --time YEAR로 가져오십시오.</translation>
    </message>
    <message>
        <source>Decline diagnosis %1</source>
        <translation>%1년 쇠퇴진단</translation>
    </message>
    <message>
        <source>Population criterion (1 met, 0 not met, empty not assessable)</source>
        <translation>인구 기준(1 충족, 0 미충족, 빈 값 판단 불가)</translation>
    </message>
    <message>
        <source>Business criterion (1 met, 0 not met, empty not assessable)</source>
        <translation>사업체 기준(1 충족, 0 미충족, 빈 값 판단 불가)</translation>
    </message>
    <message>
        <source>Building criterion (1 met, 0 not met, empty not assessable)</source>
        <translation>노후건축물 기준(1 충족, 0 미충족, 빈 값 판단 불가)</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>충족 기준 수</translation>
    </message>
    <message>
        <source>Qualifies as declining (1 yes, 0 no, empty undetermined)</source>
        <translation>쇠퇴지역 해당(1 예, 0 아니요, 빈 값 판정 보류)</translation>
    </message>
    <message>
        <source>None of the index&apos;s indicator layers is in the project.</source>
        <translation>프로젝트에 지수의 지표 레이어가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>Thematic indices</source>
        <translation>주제별 지수</translation>
    </message>
    <message>
        <source>%1 index</source>
        <translation>%1 지수</translation>
    </message>
    <message>
        <source>%1 grade (1-10, 10 best)</source>
        <translation>%1 등급(1-10, 10이 가장 양호)</translation>
    </message>
</context>
<context>
    <name>dosi::models::Scenario</name>
    <message>
        <source>%1, … (%2 units)</source>
        <translation>%1, … (단위지역 %2개)</translation>
    </message>
    <message>
        <source>%1 %2 in every unit</source>
        <translation>전체 단위지역의 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in every unit from %3</source>
        <translation>%3부터 전체 단위지역의 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%3의 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3 from %4</source>
        <translation>%4부터 %3의 %1 %2</translation>
    </message>
</context>
<context>
    <name>dosi::models::ThematicIndex</name>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>Housing environment</source>
        <translation>주거환경</translation>
    </message>
    <message>
        <source>Living safety</source>
        <translation>생활안전</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Welfare and culture</source>
        <translation>복지·문화</translation>
    </message>
    <message>
        <source>no unit has a value</source>
        <translation>값이 있는 단위지역이 없음</translation>
    </message>
    <message>
        <source>no values were read</source>
        <translation>읽은 값이 없음</translation>
    </message>
</context>
<context>
    <name>report::ReportTr</name>
    <message>
        <source>Report template &quot;%1&quot;: unknown page size &quot;%2&quot; (A4, A3).</source>
        <translation>보고서 템플릿 &quot;%1&quot;: 알 수 없는 용지 크기 &quot;%2&quot;입니다(A4, A3 중 하나).</translation>
    </message>
    <message>
        <source>Report template &quot;%1&quot;: unknown section &quot;%2&quot; (known: %3).</source>
        <translation>보고서 템플릿 &quot;%1&quot;: 알 수 없는 구성 항목 &quot;%2&quot;입니다(사용할 수 있는 항목: %3).</translation>
    </message>
    <message>
        <source>Report template &quot;%1&quot;: a map has no layer.</source>
        <translation>보고서 템플릿 &quot;%1&quot;: 레이어가 지정되지 않은 지도가 있습니다.</translation>
    </message>
</context>
</TS>
