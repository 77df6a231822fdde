/** Word pools for the synthetic network: common surnames by frequency, tricky readings included. */
export const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'Wang', 72], ['李', 'Li', 71], ['张', 'Zhang', 68], ['刘', 'Liu', 52], ['陈', 'Chen', 46],
  ['杨', 'Yang', 32], ['黄', 'Huang', 24], ['赵', 'Zhao', 20], ['吴', 'Wu', 19], ['周', 'Zhou', 19],
  ['徐', 'Xu', 14], ['孙', 'Sun', 12], ['马', 'Ma', 12], ['朱', 'Zhu', 11], ['胡', 'Hu', 10],
  ['郭', 'Guo', 10], ['何', 'He', 9], ['林', 'Lin', 9], ['高', 'Gao', 9], ['罗', 'Luo', 8],
  ['郑', 'Zheng', 8], ['梁', 'Liang', 7], ['谢', 'Xie', 6], ['宋', 'Song', 5], ['唐', 'Tang', 5],
  ['许', 'Xu', 5], ['韩', 'Han', 5], ['冯', 'Feng', 5], ['邓', 'Deng', 5], ['曹', 'Cao', 4],
  ['彭', 'Peng', 4], ['曾', 'Zeng', 4], ['肖', 'Xiao', 4], ['田', 'Tian', 4], ['董', 'Dong', 4],
  ['潘', 'Pan', 3], ['袁', 'Yuan', 3], ['蔡', 'Cai', 3], ['蒋', 'Jiang', 3], ['余', 'Yu', 3],
  ['叶', 'Ye', 3], ['程', 'Cheng', 3], ['苏', 'Su', 3], ['魏', 'Wei', 3], ['吕', 'Lyu', 3],
  ['丁', 'Ding', 2], ['沈', 'Shen', 2], ['姚', 'Yao', 2], ['卢', 'Lu', 2], ['钟', 'Zhong', 2],
  ['单', 'Shan', 1], ['解', 'Xie', 1], ['仇', 'Qiu', 1], ['区', 'Ou', 1], ['欧阳', 'Ouyang', 1],
  ['司马', 'Sima', 0.5], ['上官', 'Shangguan', 0.5], ['诸葛', 'Zhuge', 0.5],
];

export const GIVEN_CHARS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩然子轩梓涵一诺欣怡雨晨思远佳琪嘉怡俊杰梦瑶雅婷晓峰海燕春梅立新凯琳慧敏佩瑶若曦天宇乐瑶家豪婉清书涵锦程语嫣沐阳星辰'];

export const LATIN_FIRST = ['Emily', 'Jason', 'Kevin', 'Vivian', 'Grace', 'Leo', 'Iris', 'Nina', 'Oscar', 'Ruby', 'Sofia', 'Lucas', 'Mia', 'Daniel', 'Chloe', 'Ethan', 'Hannah', 'Felix', 'Ada', 'Yuki'];
export const LATIN_LAST = ['Smith', 'Rossi', 'Müller', 'García', 'Tanaka', 'Kim', 'Nguyen', 'Dubois', 'Silva', 'Novak', 'Park', 'Cohen', 'Larsen', 'Okafor'];

export const CITIES: readonly (readonly [string, number])[] = [
  ['上海', 20], ['北京', 18], ['杭州', 10], ['深圳', 10], ['广州', 8], ['成都', 7], ['南京', 4], ['武汉', 4],
  ['西安', 3], ['苏州', 3], ['厦门', 2], ['长沙', 2], ['重庆', 3], ['香港', 2], ['台北', 1], ['Tokyo', 1],
  ['London', 1], ['Berlin', 1], ['New York', 1], ['Singapore', 1],
];

export const COMPANIES = ['字节跳动', '腾讯', '阿里巴巴', '网易', '小红书', '美团', '哔哩哔哩', '米哈游', '蔚来', '奥美', '电通', '白马工作室', '青柚设计', '山海视觉', '木子摄影', '拾光影像', 'Studio Nord', 'Pentagram', 'IDEO', 'Airbnb'];

export const DISCIPLINES = ['平面设计', '插画', '摄影', '动效', 'UI设计', '品牌设计', '前端开发', '3D', '视频剪辑', '文案', '交互设计', '字体设计', 'illustration', 'motion design', 'photography', 'branding'];

export const SKILLS = ['Figma', 'AE', 'C4D', 'Blender', 'Photoshop', 'Illustrator', 'Procreate', 'React', '调色', '航拍', '手绘', '排版', 'Houdini', 'Premiere', 'Lightroom', 'Vue', '小程序开发', '包装设计'];

export const TAGS = ['同行', '甲方', '老同学', '活动认识', '即刻', '小红书', '站酷', '设计群', '合作过', '导师', '学习小组', 'designer', 'client', 'mentor', 'meetup'];

export const NEEDS = ['找动效设计师', '需要摄影师拍产品', '想学 Blender', '找前端开发合作', '需要报价参考', '找插画师画绘本', 'looking for a copywriter', 'need a motion designer', '找字体授权渠道', '需要合同模板'];
export const OFFERS = ['动效 (AE)', '产品摄影', 'Blender 建模', 'React 前端开发', '品牌策略', '绘本插画', 'copywriting', 'motion design', '报价经验分享', '合同模板'];
export const SEEKING = ['想认识品牌方', '想认识独立出版人', 'looking for studio partners', '想认识同城摄影师', '想认识游戏美术'];
